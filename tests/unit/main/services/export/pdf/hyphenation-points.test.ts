import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../../../../../src/main/services/export/pdf/hyphenation-points';

const hyphenated = (word: string, points: number[]): string => {
  let result = '';
  let previous = 0;
  for (const point of points) {
    result += word.slice(previous, point) + '-';
    previous = point;
  }
  return result + word.slice(previous);
};

describe('hyphenationPoints', () => {
  it('hyphenates English, French and Spanish words with their own patterns', () => {
    expect(hyphenated('responsibility', hyphenationPoints('responsibility', 'en'))).toBe('respons-ib-il-ity');
    expect(hyphenated('internationale', hyphenationPoints('internationale', 'fr'))).toBe('inter-na-tio-nale');
    expect(hyphenated('Asociación', hyphenationPoints('Asociación', 'es'))).toBe('Aso-cia-ción');
  });

  it('divides English "-ization" words as the Oxford and Cambridge dictionaries do', () => {
    expect(hyphenated('organizations', hyphenationPoints('organizations', 'en'))).toBe('organ-iza-tions');
    expect(hyphenated('organisation', hyphenationPoints('organisation', 'en'))).toBe('organ-isa-tion');
    expect(hyphenated('civilization', hyphenationPoints('civilization', 'en'))).toBe('civil-iza-tion');
  });

  it('keeps three letters before and three after every hyphen', () => {
    for (const [word, language] of [['organizations', 'en'], ['Fédération', 'fr'], ['derechos', 'es'], ['responsabilité', 'fr']] as const) {
      for (const point of hyphenationPoints(word, language)) {
        expect(point).toBeGreaterThanOrEqual(3);
        expect(word.length - point).toBeGreaterThanOrEqual(3);
      }
    }
    expect(hyphenationPoints('organizations', 'en')).not.toContain(11);
  });

  it('leaves short words, numbers, addresses and mixed words alone', () => {
    expect(hyphenationPoints('cat', 'en')).toEqual([]);
    expect(hyphenationPoints('2026-03-14', 'en')).toEqual([]);
    expect(hyphenationPoints('example.org', 'en')).toEqual([]);
    expect(hyphenationPoints('COVID19', 'en')).toEqual([]);
    expect(hyphenationPoints('UNESCO', 'en')).toEqual([]);
    expect(hyphenationPoints('McAllister', 'en')).toEqual([]);
  });
});
