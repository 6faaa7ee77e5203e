import { describe, expect, it } from 'vitest';
import { findUnprintableCharacters } from '../../../../../../src/main/services/export/pdf/find-unprintable-characters';
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

    it(`returns the Chinese, Arabic and Hebrew characters, each once, in order (${family})`, () => {
      expect(findUnprintableCharacters('中国人权 (China) 中国', family)).toBe('中国人权');
      expect(findUnprintableCharacters('בצלם – Jerusalem', family)).toBe('בצלם');
      const arabic = 'مركز القاهرة لدراسات حقوق الإنسان';
      expect(findUnprintableCharacters(`${arabic} (Egypt)`, family)).toBe([...new Set(arabic.replaceAll(' ', ''))].join(''));
    });

    it(`ignores the spaces, tabs, line breaks and control characters the layout drops (${family})`, () => {
      expect(findUnprintableCharacters('Kenya\tHuman\nRights\r\u0007Commission\u007f', family)).toBe('');
    });
  }

  it('flags Devanagari in the serif family, whose fallback lacks it, and not in the sans one', () => {
    expect(findUnprintableCharacters('मानव अधिकार', 'serif')).toBe('मानवअधिकर');
    expect(findUnprintableCharacters('मानव अधिकार', 'sans')).toBe('');
  });

  it('flags an emoji, which no bundled face draws', () => {
    expect(findUnprintableCharacters('Solidarity ✊🏽', 'serif')).toContain('🏽');
  });
});
