import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../../src/shared/model/page-settings';
import { renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { MULTI_SCRIPT_NAMES } from '../../../../../fixtures/pdf/multi-script-names';
import { readPdfWithPdfjs } from '../../../../../fixtures/pdf/read-pdf-with-pdfjs';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { measurePageInk } from '../../../../../fixtures/pdf/measure-page-ink';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';

const NAMES = Object.values(MULTI_SCRIPT_NAMES);
/** The explicit embedding marks pdftotext puts around a right-to-left stretch of a line. */
const EMBEDDING_MARKS = /[\u202a-\u202e]/g;
const RIGHT_TO_LEFT_PART = /[\p{Script=Arabic}\p{Script=Hebrew}][\p{Script=Arabic}\p{Script=Hebrew}\p{M} –]*[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/**
 * Names whose glyphs are reordered, ligated, decomposed or shared between letters, so only an exact ToUnicode map gives them back
 * (pdf.js ignores ActualText): Devanagari reph, conjuncts and i-matra, Bengali split vowels, Tamil, Arabic skeletons with dots and
 * lam-alef, Hebrew, Thai marks, and Latin letters with diacritics drawn as one glyph or as letter and mark.
 */
const CLUSTER_NAMES = [
  'क्षत्रिय कर्म संस्थान (भारत)',
  'কৌশল ও উন্নয়ন কেন্দ্র',
  'பெண்கள் உரிமை மையம்',
  'الشبكة الفلسطينية لا للظلم',
  'ארגון זכויות האדם בישראל',
  'בְּצֶלֶם שָׁלוֹם',
  'มูลนิธิผสานวัฒนธรรม',
  'Ngũgĩ wa Thiong’o Đặng Thị Hồng Nhung Łódź Øresund Ærø',
];

/**
 * Right-to-left names with a dash or brackets inside: drawn in the Latin face, the dash split the name into runs, and pdf.js, which
 * infers spaces from gaps and sees none where text jumps leftwards to the next run, dropped the spaces around it.
 */
const RIGHT_TO_LEFT_PUNCTUATION_NAMES = ['בצלם – מרכז המידע הישראלי', 'מרכז המידע (ישראל)', 'الشبكة – العربية', 'مركز القاهرة (مصر)'];

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
      for (const expected of ['NotoNaskhArabic-Regular', 'NotoSansHebrew-Regular', 'NotoSansSC-Regular', 'NotoSansTC-Regular', 'NotoSansJP-Regular', 'NotoSansKR-Regular', 'NotoSansDevanagari-Regular', 'NotoSansThai-Regular', 'NotoSansEthiopic-Regular'])
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

  it('gives pdf.js, which ignores ActualText, every name back as it was written, right-to-left names in logical order', async () => {
    const pages = await readPdfWithPdfjs(await renderLetterPdf(letterWithNames('serif', [...NAMES, ...CLUSTER_NAMES, ...RIGHT_TO_LEFT_PUNCTUATION_NAMES])));
    const text = collapseWhiteSpace(pages.join('\n')).normalize('NFC');
    for (const name of [...NAMES, ...CLUSTER_NAMES, ...RIGHT_TO_LEFT_PUNCTUATION_NAMES]) expect(text, name).toContain(name.normalize('NFC'));
  });

  it('draws a dash or bracket inside a right-to-left name in the name\'s face, so the name is one run', async () => {
    const bytes = await renderLetterPdf(letterWithNames('sans', RIGHT_TO_LEFT_PUNCTUATION_NAMES));
    const document = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      for (const item of (await (await document.getPage(number)).getTextContent()).items) if ('str' in item) texts.push(item.str);
    }
    for (const name of RIGHT_TO_LEFT_PUNCTUATION_NAMES) {
      // pdf.js starts a new item at every change of font; one item means one run in one face.
      expect(texts.filter((text) => /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(text) && name.includes(text)), name).toEqual([name]);
    }
    await document.destroy();
  });

  for (const family of ['serif', 'sans'] as const) {
    it(`gives pdftotext every name whose glyphs are reordered, ligated or shared back exactly, without ActualText (${family})`, async () => {
      const bytes = await renderLetterPdf(letterWithNames(family, CLUSTER_NAMES));
      expect(Buffer.from(bytes).includes('ActualText')).toBe(false);
      const text = collapseWhiteSpace(readPdfWithPoppler(bytes).text.replace(EMBEDDING_MARKS, ' ')).normalize('NFC');
      for (const name of CLUSTER_NAMES) {
        // pdftotext moves a Thai vowel sign placed a little right of its consonant (ธิ before ผ) to a line of its own, and Hebrew points
        // likewise (its duplicated-text rule, see the next test); pdf.js reads both exactly (the test above).
        if (/\p{Script=Thai}|\p{Script=Hebrew}\p{Mn}/u.test(name)) continue;
        expect(text, name).toContain(name.normalize('NFC'));
      }
    });
  }

  it('gives a Thai name with a vowel sign moved right of its consonant back in content order (pdftotext -raw, pdf.js)', async () => {
    // The font's mark positioning puts ิ 0.017 em right of the end of ธ, where ผ starts. pdftotext's default mode takes a glyph starting
    // within 0.1 em of the previous glyph's start for duplicated text (fake bold, TextPage::addChar's dupMaxPriDelta), sets the two
    // apart and places the zero-width sign after ผ, on a line of its own. The text layer itself is in order: -raw, which keeps the
    // content order, and pdf.js read the name exactly.
    const thai = 'มูลนิธิผสานวัฒนธรรม';
    const bytes = await renderLetterPdf(letterWithNames('sans', [thai]));
    expect(collapseWhiteSpace(readPdfWithPoppler(bytes, { raw: true }).text)).toContain(thai);
    expect(collapseWhiteSpace((await readPdfWithPdfjs(bytes)).join('\n'))).toContain(thai);
    expect(collapseWhiteSpace(readPdfWithPoppler(bytes).text.replace(EMBEDDING_MARKS, ''))).not.toContain(thai);
  });

  it('embeds no script face in a letter that does not need one', async () => {
    const { fonts } = readPdfWithPoppler(await renderLetterPdf(letterWithNames('sans', ['Kenya Human Rights Commission (Kenya)'])));
    expect(fonts.map((font) => font.name.split('+')[1]).every((name) => name!.startsWith('SourceSans3-'))).toBe(true);
  });
});

describe('bold text in the scripts with faces of their own', () => {
  const NAMES_BY_FACE = [
    ['NotoSansJP', 'ヒューマン・ライツ・ナウ 東京の人権'],
    ['NotoSansKR', '참여연대 민주사회를 위한 변호사모임'],
    ['NotoSansSC', '中国人权捍卫者'],
  ] as const;
  const letterWithParagraph = (name: string, bold: boolean): LetterIR => ({
    settings: { ...DEFAULT_PAGE_SETTINGS, footer: { addressLine: '', pageNumbers: false } },
    meta: { title: 'Bold', author: 'Test', subject: 'Bold', locale: 'en-GB', createdAt: '2026-03-14T09:00:00.000Z' },
    logo: null,
    blocks: [{ kind: 'paragraph', align: 'left', runs: [{ text: name, bold }] }],
  });

  for (const [face, name] of NAMES_BY_FACE) {
    it(`draws bold ${face} text in the family's bold face, with more ink than the regular, and copies out the same (${name})`, async () => {
      const regular = await renderLetterPdf(letterWithParagraph(name, false));
      const bold = await renderLetterPdf(letterWithParagraph(name, true));
      const regularReading = readPdfWithPoppler(regular);
      const boldReading = readPdfWithPoppler(bold);
      expect(regularReading.fonts.map((font) => font.name.split('+')[1])).toContain(`${face}-Regular`);
      expect(boldReading.fonts.map((font) => font.name.split('+')[1])).toContain(`${face}-Bold`);
      expect(collapseWhiteSpace(boldReading.text)).toBe(name);
      expect(collapseWhiteSpace(regularReading.text)).toBe(name);
      expect(collapseWhiteSpace((await readPdfWithPdfjs(bold)).join('\n'))).toBe(name);
      // Noto Sans CJK's bold stems are about 1.6 times the regular ones; a face drawn regular would give a ratio near 1.
      const ratio = measurePageInk(bold, { resolution: 150 }) / measurePageInk(regular, { resolution: 150 });
      expect(ratio).toBeGreaterThan(1.3);
    });
  }
});
