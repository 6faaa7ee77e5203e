import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderLetterDocx } from '../../../../../../src/main/services/export/docx/render-letter-docx';
import { EVERY_BLOCK_LETTER, THREE_PAGE_LETTER } from '../../../../../fixtures/docx/sample-letters';

/** mammoth is how the app imports a .docx letter: our own export must come back with its structure. */
describe('mammoth importing our DOCX', () => {
  it('keeps headings, marks, links, nested and restarted lists', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await renderLetterDocx(EVERY_BLOCK_LETTER)) });
    expect(html).toContain('<h1>Regional action to prevent mass atrocities</h1>');
    expect(html).toContain('<h2>What we ask of regional organizations</h2>');
    expect(html).toContain('<strong>General Assembly dialogue</strong>');
    expect(html).toContain('<em>name a focal point</em>');
    expect(html).toContain('<a href="https://example.org/statements/2026-regional-dialogue">our website</a>');
    expect(html).toContain(
      '<ol><li>Appoint a senior focal point for atrocity prevention.</li><li>Build early warning into existing mechanisms:<ul><li>share assessments with the United Nations;</li><li>consult civil society in the region.</li></ul></li><li>Report every year on the steps taken.</li></ol>',
    );
    expect(html).toMatch(
      /<p>We also ask the member states to take three steps of their own:<\/p><ol><li>ratify the regional human rights instruments;<\/li>/,
    );
    expect(html).toContain('<p>H.E. Luisa Fernández Ordóñez<br />Secretary-General<br />Organization of American States</p>');
  });

  it('keeps every signatory in order, with accents', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(await renderLetterDocx(THREE_PAGE_LETTER)) });
    const entries = THREE_PAGE_LETTER.blocks.flatMap((block) =>
      block.kind === 'signatoryList' ? block.groups.flatMap((group) => group.entries) : [],
    );
    let position = 0;
    for (const entry of entries) {
      const found = text.indexOf(entry, position);
      expect(found, entry).toBeGreaterThanOrEqual(0);
      position = found + entry.length;
    }
  });
});
