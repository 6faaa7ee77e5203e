import { describe, expect, it } from 'vitest';
import type { IRBlock, IRRun } from '../../../../../../src/shared/document/letter-ir';
import { renderCombinedPdf, renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { ACCENTED_NAME, accentedLetter, frenchLetterWithLetterhead, sampleLetter, sampleSignatoryNames } from '../../../../../fixtures/pdf/sample-letters';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** The text a reader should get from a block, in order: what the IR says, without layout. */
function blockTexts(block: IRBlock): string[] {
  const runsText = (runs: IRRun[]): string => runs.map((run) => (run.unresolvedField !== undefined ? `[${run.text}]` : run.text)).join('');
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [runsText(block.runs)];
    case 'list':
      return block.items.flatMap((item, index) => [block.ordered ? `${block.start + index}.` : '', ...item.blocks.flatMap(blockTexts)]).filter(Boolean);
    case 'quote':
      return block.blocks.flatMap(blockTexts);
    case 'signatoryList':
      return [block.heading, block.countLine, ...block.groups.flatMap((group) => [group.title, ...group.entries])].filter(Boolean);
    case 'signatureBlock':
      return block.signers.flatMap((signer) => [signer.name, signer.title, signer.organization]);
    case 'pageBreak':
      return [];
  }
}

/** Removes what the page adds (footers), the line-end hyphens pdftotext keeps and line breaks inside web addresses, so the body reads as one text. */
function readingText(text: string): string {
  return collapseWhiteSpace(text.replace(/Page \d+ of \d+/g, ' ').replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/(https?:\/\/\S*)\n(\S)/g, '$1$2'));
}

describe('renderLetterPdf', () => {
  it('gives pdftotext the letter’s text in reading order, signatories included', async () => {
    const letter = sampleLetter();
    const { text, info } = readPdfWithPoppler(await renderLetterPdf(letter));
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    const body = readingText(text);
    let position = 0;
    const signatureBlock = letter.blocks.find((block) => block.kind === 'signatureBlock')!;
    for (const block of letter.blocks) {
      if (block === signatureBlock) continue;
      for (const expected of blockTexts(block)) {
        const found = body.indexOf(collapseWhiteSpace(expected), position);
        expect(found, expected).toBeGreaterThanOrEqual(0);
        position = found + collapseWhiteSpace(expected).length;
      }
    }
    for (const name of blockTexts(signatureBlock)) expect(body).toContain(name);
    expect(body.match(/\(Côte d’Ivoire\)/g)?.length).toBe(sampleSignatoryNames().filter((name) => name.endsWith('(Côte d’Ivoire)')).length);
  });

  it('keeps every accented Latin letter, the curly apostrophe and ligature words intact in the text', async () => {
    const { text, fonts } = readPdfWithPoppler(await renderLetterPdf(accentedLetter()));
    expect(collapseWhiteSpace(text)).toContain(collapseWhiteSpace(ACCENTED_NAME));
    expect(text).toContain('The office of the official final offer, [recipient.title].');
    expect(fonts.map((font) => font.name.split('+')[1])).toContain('NotoSerif-Regular');
  });

  it('embeds every font as a subset with a ToUnicode map, never a standard font', async () => {
    for (const letter of [sampleLetter(), frenchLetterWithLetterhead()]) {
      const { fonts } = readPdfWithPoppler(await renderLetterPdf(letter));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
        expect(font.type).toBe('CID TrueType');
        expect(font.name).toMatch(/^[A-Z]{6}\+(SourceSerif4|SourceSans3|NotoSerif|NotoSans)-/);
      }
    }
  });

  it('writes the metadata, the language and the link annotation', async () => {
    const letter = sampleLetter();
    const bytes = await renderLetterPdf(letter);
    const { info } = readPdfWithPoppler(bytes);
    expect(info.Title).toBe(letter.meta.title);
    expect(info.Author).toBe(letter.meta.author);
    expect(info.Subject).toBe(letter.meta.subject);
    expect(info.CreationDate).toContain('2026');
    const raw = latin1(bytes);
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toMatch(/\/Subtype \/Link[\s\S]*\/URI \(https:\/\/example\.org\/recommendations\)/);
  });

  it('turns a broken logo into an error naming the letterhead logo', async () => {
    const letter = frenchLetterWithLetterhead();
    await expect(renderLetterPdf({ ...letter, logo: { ...letter.logo!, bytes: new Uint8Array([1, 2, 3, 4]) } })).rejects.toThrow(/letterhead logo/);
  });
});

describe('renderCombinedPdf', () => {
  it('starts each letter on a new page with its own page numbers and a bookmark per recipient', async () => {
    const first = sampleLetter({ signatories: 30 });
    const second = frenchLetterWithLetterhead();
    const bytes = await renderCombinedPdf([
      { label: 'Union africaine', ir: first },
      { label: 'Organización de los Estados Americanos', ir: second },
    ]);
    const { text, info } = readPdfWithPoppler(bytes);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(Number(info.Pages)).toBe(pages.length);
    const firstCount = pages.filter((page) => /Page \d+ of \d+/.test(page)).length;
    const secondCount = pages.filter((page) => /Page \d+ sur \d+/.test(page)).length;
    expect(firstCount + secondCount).toBe(pages.length);
    expect(pages[firstCount]).toContain(`Page 1 sur ${secondCount}`);
    expect(pages[firstCount]).toContain('Madame la Présidente');
    const raw = latin1(bytes);
    expect(raw).toContain('/Outlines');
    expect(raw).toMatch(/\/Count 2/);
    expect(raw).toContain('/PageLabels');
  });
});
