import { describe, expect, it } from 'vitest';
import { findUnprintableCharacters } from '../../../../../../src/main/services/export/pdf/find-unprintable-characters';
import { MULTI_SCRIPT_NAMES } from '../../../../../fixtures/pdf/multi-script-names';
import { ACCENTED_NAME, sampleSignatoryNames } from '../../../../../fixtures/pdf/sample-letters';

const PRINTABLE = [
  ACCENTED_NAME,
  ...sampleSignatoryNames(),
  'Łódzkie Stowarzyszenie Praw Człowieka, İnsan Hakları Derneği, Trung tâm Quyền Con người',
  'Ŧ Ĭ ǅ ß Œ æ ø',
  'Ελληνική Ένωση για τα Δικαιώματα του Ανθρώπου',
  'Правозащитный центр «Мемориал», Українська Гельсінська спілка',
  '“Quoted” — en–dash, ‘single’, €100, № 5, …',
];

describe('findUnprintableCharacters', () => {
  for (const family of ['serif', 'sans'] as const) {
    it(`finds nothing to flag in accented Latin, Greek and Cyrillic (${family})`, () => {
      for (const text of PRINTABLE) expect(findUnprintableCharacters(text, family), text).toBe('');
    });

    it(`finds nothing to flag in names in twelve other scripts, each drawn by its script's bundled face (${family})`, () => {
      for (const name of Object.values(MULTI_SCRIPT_NAMES)) expect(findUnprintableCharacters(name, family), name).toBe('');
      expect(findUnprintableCharacters('मानव अधिकार', family)).toBe('');
      expect(findUnprintableCharacters('中国人权（香港）', family)).toBe('');
    });

    it(`returns the characters of a script no bundled face has, each once, in order (${family})`, () => {
      expect(findUnprintableCharacters('ⵜⴰⵎⵓⵏⵜ (Maroc) ⵜⴰⵎⵓⵏⵜ', family)).toBe('ⵜⴰⵎⵓⵏ');
      expect(findUnprintableCharacters('ᏣᎳᎩ – Cherokee Nation', family)).toBe('ᏣᎳᎩ');
    });

    it(`ignores the spaces, tabs, line breaks and control characters the layout drops (${family})`, () => {
      expect(findUnprintableCharacters('Kenya\tHuman\nRights\r\u0007Commission\u007f', family)).toBe('');
    });
  }

  it('flags an emoji, which no bundled face draws', () => {
    expect(findUnprintableCharacters('Solidarity ✊🏽', 'serif')).toContain('🏽');
  });
});
