import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { MULTI_SCRIPT_NAMES } from '../../../../../fixtures/pdf/multi-script-names';
import { readPdfWithPdfjs } from '../../../../../fixtures/pdf/read-pdf-with-pdfjs';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';

const NAMES = Object.values(MULTI_SCRIPT_NAMES);
/** The explicit embedding marks pdftotext puts around a right-to-left stretch of a line. */
const EMBEDDING_MARKS = /[\u202a-\u202e]/g;
const RIGHT_TO_LEFT_PART = /[\p{Script=Arabic}\p{Script=Hebrew}][\p{Script=Arabic}\p{Script=Hebrew}\p{M} –]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Scripts whose text pdf.js, which ignores ActualText, copies out right: nothing reordered, no letter drawn as a shared skeleton and dots. */
const PDFJS_READABLE = ['chinese', 'traditionalChinese', 'japanese', 'korean', 'tamil', 'thai', 'georgian', 'armenian', 'ethiopic'] as const;

function letterWithNames(family: 'serif' | 'sans', names: readonly string[]): LetterIR {
  const letter = sampleLetter({ signatories: 20, settings: { fontFamily: family } });
  const blocks = letter.blocks.map((block): IRBlock =>
    block.kind === 'signatoryList' ? { ...block, groups: block.groups.map((group) => ({ ...group, entries: [...names, ...group.entries] })) } : block,
  );
  return { ...letter, blocks };
}

describe('a letter signed in twelve scripts', () => {
  for (const family of ['serif', 'sans'] as const) {
    it(`embeds each script's face as a subset with a ToUnicode map, and pdftotext gives every name back in logical order (${family})`, async () => {
      const { text, fonts } = readPdfWithPoppler(await renderLetterPdf(letterWithNames(family, NAMES)));
      expect(fonts.every((font) => font.embedded && font.subset && font.unicode && font.type === 'CID TrueType')).toBe(true);
      const fontNames = fonts.map((font) => font.name.split('+')[1]);
      for (const expected of ['NotoNaskhArabic-Regular', 'NotoSansHebrew-Regular', 'NotoSansSC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoSansDevanagari-Regular', 'NotoSansThai-Regular', 'NotoSansEthiopic-Regular'])
        expect(fontNames).toContain(expected);
      const body = collapseWhiteSpace(text.replace(EMBEDDING_MARKS, ' '));
      expect(body).not.toContain('\uFFFD');
      for (const name of NAMES) {
        const rightToLeft = RIGHT_TO_LEFT_PART.exec(name);
        // pdftotext groups the neutral "(" after a right-to-left stretch with it; the stretch itself reads in logical order.
        if (rightToLeft) expect(body, name).toContain(rightToLeft[0]);
        else expect(body, name).toContain(name);
      }
    });
  }

  it('gives the names pdf.js can read back as they were written', async () => {
    const pages = await readPdfWithPdfjs(await renderLetterPdf(letterWithNames('serif', NAMES)));
    const text = collapseWhiteSpace(pages.join('\n'));
    for (const script of PDFJS_READABLE) expect(text, script).toContain(MULTI_SCRIPT_NAMES[script]);
  });

  it('embeds no script face in a letter that does not need one', async () => {
    const { fonts } = readPdfWithPoppler(await renderLetterPdf(letterWithNames('sans', ['Kenya Human Rights Commission (Kenya)'])));
    expect(fonts.map((font) => font.name.split('+')[1]).every((name) => name!.startsWith('SourceSans3-'))).toBe(true);
  });
});
