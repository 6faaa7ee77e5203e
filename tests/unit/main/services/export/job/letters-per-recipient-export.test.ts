import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../../src/main/services/campaign/letters';
import { runExportJob, type ExportSummary } from '../../../../../../src/main/services/export/run-export-job';
import { importRecipients } from '../../../../../../src/main/services/recipients/import-recipients';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';

let folder: string;
let campaign: CampaignFile;
let summary: ExportSummary;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-language-'));
  campaign = createCampaignFromTemplate(join(folder, 'ministers.undersigned'), findTemplate('heads-of-state'), 'Ministers');
  await importRecipients(campaign.db, { source: 'tests/fixtures/recipients/ministers-by-language.csv' });
  const letter = getLetter(campaign.db);
  // Dated in Geneva: each recipient's letter names the place in its own language.
  const doc = {
    ...letter.doc,
    content: letter.doc.content!.map((node) => (node.type === 'dateLine' ? { ...node, attrs: { ...node.attrs, place: 'Geneva' } } : node)),
  };
  saveLetter(campaign.db, { doc, settings: { ...letter.settings, coalition: 'Coalition for the Prevention of Atrocities', ownCountry: 'KE' } });
  summary = await runExportJob({
    db: campaign.db,
    folder: join(folder, 'out'),
    request: { format: 'both', perRecipient: true, combined: false, namePattern: '{recipient.country}', force: false },
    campaignName: 'Ministers',
    date: '2026-04-01',
    workers: 0,
  });
}, 60_000);
afterAll(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string): string {
  const found = summary.files.find((path) => basename(path) === name);
  if (!found) throw new Error(`${name} is not among ${summary.files.map((path) => basename(path)).join(', ')}`);
  return found;
}

function pdfText(name: string): string {
  return execFileSync('pdftotext', ['-layout', file(name), '-'], { encoding: 'utf8' });
}

/** The catalog's /Lang, read from the uncompressed objects qpdf writes. */
function pdfLanguage(name: string): string | undefined {
  const objects = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file(name), '-'], {
    encoding: 'latin1',
    maxBuffer: 64 * 1024 * 1024,
  });
  return /\/Lang \(([^)]*)\)/.exec(objects)?.[1];
}

function docxPart(name: string, part: string): string {
  return execFileSync('unzip', ['-p', file(name), part], { encoding: 'utf8' });
}

describe('a recipient’s language in the exported letters', () => {
  it('leaves out the country line of a letter to the country the campaign is sent from, in the PDF and the DOCX', () => {
    // The campaign is sent from Kenya: the Kenyan minister's address ends with the ministry, Mali's with its country.
    expect(pdfText('Kenya.pdf')).toMatch(/Cabinet Secretary for Foreign Affairs\n\s*Ministry of Foreign and Diaspora Affairs\n\s*\n/);
    expect(pdfText('Kenya.pdf')).not.toContain('Republic of Kenya');
    expect(pdfText('Mali.pdf')).toMatch(/Ministère des Affaires étrangères\n\s*République du Mali\n/);
    const kenyaXml = docxPart('Kenya.docx', 'word/document.xml');
    expect(kenyaXml).toContain('Ministry of Foreign and Diaspora Affairs');
    expect(kenyaXml).not.toContain('Republic of Kenya');
    expect(docxPart('Peru.docx', 'word/document.xml')).toContain('República del Perú');
  });

  it('writes the French recipient’s date line, salutation and country in French, tagged fr-FR, in the PDF', () => {
    const mali = pdfText('Mali.pdf');
    expect(mali).toContain('Genève, le 1er avril 2026');
    expect(mali).toContain('Excellence,');
    expect(mali).toMatch(/République du Mali\n/);
    expect(mali).toContain('Government du Mali');
    expect(pdfLanguage('Mali.pdf')).toBe('fr-FR');
  });

  it('writes the Spanish recipient’s in Spanish with its colon after the salutation, tagged es-ES', () => {
    const peru = pdfText('Peru.pdf');
    expect(peru).toContain('Ginebra, 1 de abril de 2026');
    expect(peru).toMatch(/^\s*Excelencia:$/m);
    expect(peru).toMatch(/República del Perú\n/);
    expect(pdfLanguage('Peru.pdf')).toBe('es-ES');
  });

  it('keeps English for the English recipient and for a language the app does not write, with a warning naming the recipient', () => {
    const kenya = pdfText('Kenya.pdf');
    expect(kenya).toContain('Geneva, 1 April 2026');
    expect(kenya).toMatch(/^\s*Your Excellency,$/m);
    expect(pdfLanguage('Kenya.pdf')).toBe('en-GB');
    expect(pdfText('Germany.pdf')).toContain('1 April 2026');
    expect(summary.warnings).toContain(
      'Recipient “Karl Weber, Auswärtiges Amt”: the language “Deutsch” is not a letter language (en, fr or es); the letter is dated and greeted in English.',
    );
  });

  it('sets the DOCX’s language (styles and core properties) and text the same way', () => {
    expect(docxPart('Mali.docx', 'word/styles.xml')).toContain('<w:lang w:val="fr-FR"');
    expect(docxPart('Mali.docx', 'docProps/core.xml')).toContain('<dc:language>fr-FR</dc:language>');
    const mali = docxPart('Mali.docx', 'word/document.xml');
    expect(mali).toContain('Genève, le 1er avril 2026');
    expect(mali).toContain('Excellence,');
    expect(docxPart('Peru.docx', 'word/styles.xml')).toContain('<w:lang w:val="es-ES"');
    expect(docxPart('Peru.docx', 'word/document.xml')).toContain('Excelencia:');
    expect(docxPart('Peru.docx', 'word/document.xml')).toContain('Ginebra, 1 de abril de 2026');
    expect(docxPart('Kenya.docx', 'word/styles.xml')).toContain('<w:lang w:val="en-GB"');
  });

  it('signs for the campaign’s coalition and names it as the Author of the PDF and the DOCX', () => {
    const author = /^Author:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file('Kenya.pdf')], { encoding: 'utf8' }))?.[1];
    expect(author).toBe('Coalition for the Prevention of Atrocities');
    expect(docxPart('Mali.docx', 'docProps/core.xml')).toContain('<dc:creator>Coalition for the Prevention of Atrocities</dc:creator>');
    // Under each officer's title, the heads-of-state template's sign-off names the coalition.
    expect(pdfText('Kenya.pdf')).toMatch(
      /Chair, Steering Committee\s+Executive Director\s*\n\s*Coalition for the Prevention of Atrocities\s+Coalition for the Prevention of Atrocities/,
    );
  });
});
