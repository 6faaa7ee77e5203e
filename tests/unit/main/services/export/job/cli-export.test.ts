import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../../src/cli/index';
import { openCampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { getLetter, saveLetter } from '../../../../../../src/main/services/campaign/letters';
import { importSignatories } from '../../../../../../src/main/services/signatories/import-signatories';

let folder: string;
let campaignPath: string;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  // One export worker keeps the suite light on a shared machine; the benchmark uses one per core.
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  folder = mkdtempSync(join(tmpdir(), 'undersigned-cli-export-'));
  campaignPath = join(folder, 'asp.undersigned');
  expect((await cli('new', campaignPath, '--template', 'regional-organizations', '--title', 'Letter to ministers')).code).toBe(0);
  const campaign = openCampaignFile(campaignPath);
  try {
    await importSignatories(campaign.db, { source: 'tests/fixtures/signatories/signatories-bom-crlf.csv' });
    const letter = getLetter(campaign.db);
    const content = [...(letter.doc.content ?? [])];
    content.push({
      type: 'signatoryList',
      attrs: {
        statuses: ['confirmed', 'pending'],
        format: 'name-country-parentheses',
        sort: 'name',
        columns: 2,
        heading: 'Signatories',
        showCount: true,
      },
    });
    saveLetter(campaign.db, { doc: { ...letter.doc, content }, settings: letter.settings });
  } finally {
    campaign.close();
  }
});
afterAll(() => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  rmSync(folder, { recursive: true, force: true });
});

describe('undersigned recipients, check and export', () => {
  it('imports recipients, checks them and exports PDF and DOCX that read back', async () => {
    const imported = await cli('import', campaignPath, 'recipients', 'tests/fixtures/recipients/regional-heads.csv', '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({
      added: 5,
      merged: 0,
      suggested: 0,
      split: 0,
      errors: [],
      unresolvedCountries: [],
      notes: ['Read as UTF-8 text.'],
    });

    const check = await cli('check', campaignPath, '--json');
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as { recipients: number; unresolved: { recipient: string; fields: string[] }[] };
    expect(report.recipients).toBe(5);
    expect(report.unresolved).toEqual([{ recipient: 'Organization of American States', fields: ['recipient.name'] }]);
    expect(report).toMatchObject({
      pendingSuggestions: expect.any(Number),
      unnamedSigners: ['Convenor, Steering Committee', 'Coordinator, Secretariat'],
    });
    expect((report as unknown as { pendingSuggestions: number }).pendingSuggestions).toBeGreaterThan(0);
    expect(
      (report as unknown as { unresolvedCountries: { country: string }[] }).unresolvedCountries.map((entry) => entry.country),
    ).toContain('Absurdistan');

    const refused = await cli('export', campaignPath, '--format', 'both', '--out', join(folder, 'refused'), '--json');
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({
      files: [],
      recipients: 5,
      unresolved: [{ recipient: 'Organization of American States', fields: ['recipient.name'] }],
    });
    expect(refused.stderr).toContain('Organization of American States: Recipient name');

    const out = join(folder, 'letters');
    const exported = await cli(
      'export',
      campaignPath,
      '--format',
      'both',
      '--out',
      out,
      '--per-recipient',
      '--combined',
      '--name',
      '{recipient.extra.Acronym} {recipient.name}',
      '--force',
      '--json',
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const result = JSON.parse(exported.stdout) as { files: string[]; recipients: number; warnings: string[] };
    expect(result.recipients).toBe(5);
    expect(result.files.map((file) => basename(file))).toEqual([
      'Letter to ministers - all letters.pdf',
      'Letter to ministers - all letters.docx',
      'AU Moussa Faki Mahamat.pdf',
      'AU Moussa Faki Mahamat.docx',
      'ASEAN Kao Kim Hourn.pdf',
      'ASEAN Kao Kim Hourn.docx',
      'ECOWAS Omar Alieu Touray.pdf',
      'ECOWAS Omar Alieu Touray.docx',
      'OAS.pdf',
      'OAS.docx',
      'Ahmed Aboul Gheit.pdf',
      'Ahmed Aboul Gheit.docx',
    ]);
    expect(result.warnings).toContain('1 letter was written with unresolved fields marked in the text.');

    // Columns wrap long names: compare the text with its line breaks as spaces.
    const pdf = execFileSync('pdftotext', [join(out, 'ECOWAS Omar Alieu Touray.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('H.E. Omar Alieu Touray');
    expect(pdf).toContain('President of the ECOWAS Commission');
    expect(pdf).toContain('101 Yakubu Gowon Crescent');
    expect(pdf).toContain('Human Rights Watch (United States)');
    expect(pdf).toContain('Réseau Equitas Côte d’Ivoire (REQCI) (Côte d’Ivoire)');
    expect(pdf).toMatch(/\d+ organizations/);

    const zip = await JSZip.loadAsync(readFileSync(join(out, 'OAS.docx')));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('Secretary General of the Organization of American States');
    expect(text).toContain('Recipient name');
    expect(text).toContain('Dear Secretary General,');
    expect(text).toContain('Human Rights Watch (United States)');

    const combinedPages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(out, 'Letter to ministers - all letters.pdf')], { encoding: 'utf8' }))![1],
    );
    const letterPages = result.files
      .filter((file) => file.endsWith('.pdf') && !file.includes('all letters'))
      .reduce((total, file) => total + Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]), 0);
    expect(combinedPages).toBe(letterPages);
  });

  it('imports an XLSX list with --map through the recipients command', async () => {
    const imported = await cli(
      'recipients',
      campaignPath,
      '--import',
      'tests/fixtures/recipients/ministers.xlsx',
      '--map',
      'Title=honorific',
      '--json',
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: 3, errors: [], unresolvedCountries: [] });
    const listed = JSON.parse((await cli('recipients', campaignPath, '--json')).stdout) as {
      count: number;
      recipients: { honorific: string | null; name: string | null }[];
    };
    expect(listed.count).toBe(8);
    expect(listed.recipients.at(-1)).toMatchObject({ honorific: 'H.E.', name: 'Grace Mwangi' });
  });

  it('adds a bundled set and refuses an unknown one as a usage error', async () => {
    const added = await cli('recipients', campaignPath, '--preset', 'rome-statute-states-parties', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ list: 'States Parties to the Rome Statute', added: 124, replaced: 0 });
    const unknown = await cli('recipients', campaignPath, '--preset', 'g7');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown preset "g7"');
  });
});
