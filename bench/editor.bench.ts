import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { listVersions, restoreVersion, saveVersion } from '../src/main/services/campaign/versions';
import { importDocx } from '../src/main/services/docx-import/import-docx';
import { resourcesDir } from '../src/main/services/resources-dir';
import { findTemplate, parseTemplateFile } from '../src/main/services/templates/templates';
import { medianTime, type BenchResult } from './bench-result';

/** About twenty pages of Word: headings, paragraphs with bold and italic, bullets. */
async function longWordLetter(): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (let section = 1; section <= 40; section += 1) {
    children.push(new Paragraph({ text: `Section ${section}`, heading: HeadingLevel.HEADING_2 }));
    for (let paragraph = 0; paragraph < 4; paragraph += 1) {
      children.push(
        new Paragraph({
          children: [
            new TextRun('Regional organizations are often the first to see the warning signs of a crisis, and '),
            new TextRun({ text: 'the best placed', bold: true }),
            new TextRun(' to act on them early; their '),
            new TextRun({ text: 'mediation and observation', italics: true }),
            new TextRun(' capacities deserve support from Member States and from the United Nations system.'),
          ],
        }),
      );
    }
    for (let bullet = 0; bullet < 3; bullet += 1)
      children.push(new Paragraph({ text: `A request numbered ${bullet + 1} in section ${section}.`, bullet: { level: 0 } }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const word = await longWordLetter();
  results.push({
    name: 'import a 20-page .docx as a letter (mammoth + conversion)',
    medianMs: await medianTime(() => importDocx(word, 'long.docx'), 10, 2),
    targetMs: 1500,
    notes: `${(word.length / 1024).toFixed(0)} KB, 40 headings, 160 paragraphs, 120 bullets`,
  });

  const folder = join(resourcesDir(), 'templates');
  const files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  results.push({
    name: 'read and check the five built-in templates',
    medianMs: await medianTime(() => files.forEach((file) => parseTemplateFile(join(folder, file)))),
    targetMs: 50,
  });

  const temporary = mkdtempSync(join(tmpdir(), 'undersigned-bench-'));
  try {
    const file = createCampaignFromTemplate(join(temporary, 'versions.undersigned'), findTemplate('states-parties'), 'Versions');
    for (let index = 0; index < 200; index += 1) saveVersion(file.db, `Draft ${index}`);
    results.push({
      name: 'save a named version (campaign with 200 versions)',
      medianMs: await medianTime(() => saveVersion(file.db, 'Another draft')),
      targetMs: 20,
    });
    results.push({ name: 'list the versions (200+)', medianMs: await medianTime(() => listVersions(file.db)), targetMs: 20 });
    const first = listVersions(file.db).at(-1)!;
    results.push({ name: 'restore a version', medianMs: await medianTime(() => restoreVersion(file.db, first.id), 20, 3), targetMs: 50 });
    file.close();
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return results;
}
