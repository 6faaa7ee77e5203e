import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { findUnprintableCharacters } from '../../../../../../src/main/services/export/pdf/find-unprintable-characters';
import { renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';

// Tifinagh and Cherokee: scripts no bundled face covers.
const TIFINAGH_ENTRY = 'ⵜⴰⵎⵓⵏⵜ ⵏ ⵉⵣⵔⴼⴰⵏ (Maroc)';
const CHEROKEE_ENTRY = 'ᏣᎳᎩ ᎠᏰᎵ (Cherokee Nation)';
const CHEROKEE_SIGNER = { name: 'ᏍᏏᏉᏯ', title: 'Executive Director', organization: 'B’Tselem – Jerusalem' };

/** The sample letter with signatories and a signer whose names no bundled font can draw. */
function letterWithUnprintableNames(family: 'serif' | 'sans'): LetterIR {
  const letter = sampleLetter({ signatories: 30, settings: { fontFamily: family } });
  const blocks = letter.blocks.map((block): IRBlock => {
    if (block.kind === 'signatoryList')
      return { ...block, groups: block.groups.map((group) => ({ ...group, entries: [TIFINAGH_ENTRY, ...group.entries, CHEROKEE_ENTRY] })) };
    if (block.kind === 'signatureBlock') return { ...block, signers: [...block.signers, CHEROKEE_SIGNER] };
    if (block.kind === 'heading' && block.level === 1) return { ...block, runs: [...block.runs, { text: ' — ⵜⴰⵎⵓⵏⵜ' }] };
    return block;
  });
  return { ...letter, blocks };
}

describe('a letter with characters no bundled font has', () => {
  for (const family of ['serif', 'sans'] as const) {
    it(`renders (${family}), and pdftotext still reads the rest of the letter`, async () => {
      const letter = letterWithUnprintableNames(family);
      const unprintable = findUnprintableCharacters([TIFINAGH_ENTRY, CHEROKEE_ENTRY, CHEROKEE_SIGNER.name].join(' '), family);
      expect(unprintable).not.toBe('');
      const { text, info, fonts } = readPdfWithPoppler(await renderLetterPdf(letter));
      expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
      expect(fonts.every((font) => font.embedded && font.unicode)).toBe(true);
      const body = collapseWhiteSpace(text);
      // The boxes copy out as the characters they stand for (a CID per missing character in the ToUnicode map), not as U+FFFD nor as another character that happened to be a box first.
      expect(body).toContain(TIFINAGH_ENTRY);
      expect(body).toContain(CHEROKEE_ENTRY);
      expect(body).not.toContain('\uFFFD');
      expect(body).toContain('(Cherokee Nation)');
      expect(body).toContain('B’Tselem – Jerusalem');
      expect(body).toContain('Renew and fund the independent investigative mechanism');
      for (const entry of letter.blocks.flatMap((block) => (block.kind === 'signatoryList' ? block.groups.flatMap((group) => group.entries) : [])))
        if (findUnprintableCharacters(entry, family) === '') expect(body).toContain(collapseWhiteSpace(entry));
    });
  }
});
