import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { findUnprintableCharacters } from '../../../../../../src/main/services/export/pdf/find-unprintable-characters';
import { renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';

const CHINESE_ENTRY = '中国人权捍卫者 (China)';
const ARABIC_ENTRY = 'مركز القاهرة لدراسات حقوق الإنسان (Egypt)';
const HEBREW_SIGNER = { name: 'בצלם', title: 'Executive Director', organization: 'B’Tselem – Jerusalem' };

/** The sample letter with signatories and a signer whose names no bundled font can draw. */
function letterWithUnprintableNames(family: 'serif' | 'sans'): LetterIR {
  const letter = sampleLetter({ signatories: 30, settings: { fontFamily: family } });
  const blocks = letter.blocks.map((block): IRBlock => {
    if (block.kind === 'signatoryList')
      return { ...block, groups: block.groups.map((group) => ({ ...group, entries: [CHINESE_ENTRY, ...group.entries, ARABIC_ENTRY] })) };
    if (block.kind === 'signatureBlock') return { ...block, signers: [...block.signers, HEBREW_SIGNER] };
    if (block.kind === 'heading' && block.level === 1) return { ...block, runs: [...block.runs, { text: ' — 人权' }] };
    return block;
  });
  return { ...letter, blocks };
}

describe('a letter with characters no bundled font has', () => {
  for (const family of ['serif', 'sans'] as const) {
    it(`renders (${family}), and pdftotext still reads the rest of the letter`, async () => {
      const letter = letterWithUnprintableNames(family);
      const unprintable = findUnprintableCharacters([CHINESE_ENTRY, ARABIC_ENTRY, HEBREW_SIGNER.name].join(' '), family);
      expect(unprintable).not.toBe('');
      const { text, info, fonts } = readPdfWithPoppler(await renderLetterPdf(letter));
      expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
      expect(fonts.every((font) => font.embedded && font.unicode)).toBe(true);
      const body = collapseWhiteSpace(text);
      // Each box reads back as U+FFFD, never as another character that happened to be a box first.
      expect(body).toContain(`${'\uFFFD'.repeat(CHINESE_ENTRY.indexOf(' '))} (China)`);
      for (const character of unprintable) expect(body).not.toContain(character);
      expect(body).toContain('(Egypt)');
      expect(body).toContain('B’Tselem – Jerusalem');
      expect(body).toContain('Renew and fund the independent investigative mechanism');
      for (const entry of letter.blocks.flatMap((block) => (block.kind === 'signatoryList' ? block.groups.flatMap((group) => group.entries) : [])))
        if (findUnprintableCharacters(entry, family) === '') expect(body).toContain(collapseWhiteSpace(entry));
    });
  }
});
