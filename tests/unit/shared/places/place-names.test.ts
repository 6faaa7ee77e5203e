import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../src/shared/text/fold-text';
import { placeName } from '../../../../src/shared/places/place-name';
import { PLACE_NAMES } from '../../../../src/shared/places/place-names';

const csvRows = readFileSync('resources/datasets/place-names.csv', 'utf8').trim().split('\n').slice(1);
const memberCodes = readFileSync('resources/datasets/un-member-states.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => row.split(',').at(-3)!);

const countries = createRequire(import.meta.url)('world-countries') as { cca2: string; capital: string[] }[];

/** Capitals world-countries 5.1.0 writes otherwise than the table (UN spelling), or a third seat it does not hold (README). */
const CAPITALS_WRITTEN_OTHERWISE: Readonly<Record<string, string>> = {
  GD: 'St. George\'s',
  MM: 'Naypyidaw',
  MN: 'Ulan Bator',
  SM: 'City of San Marino',
  US: 'Washington D.C.',
  ZA: 'Bloemfontein',
};

describe('the place table (resources/datasets/place-names.csv)', () => {
  it('is the generated module, row for row', () => {
    expect(PLACE_NAMES.map((place) => [place.en, place.fr, place.es, place.country].join(','))).toEqual(csvRows);
  });

  it('holds the capital of every UN Member State, by the English name world-countries gives it', () => {
    const english = new Set(PLACE_NAMES.map((place) => foldText(place.en)));
    const missing: string[] = [];
    for (const code of memberCodes) {
      const country = countries.find((candidate) => candidate.cca2 === code);
      for (const capital of country?.capital ?? []) {
        if (!english.has(foldText(capital)) && CAPITALS_WRITTEN_OTHERWISE[code] !== capital) missing.push(`${code} ${capital}`);
      }
    }
    expect(missing).toEqual([]);
    expect(memberCodes).toHaveLength(193);
  });

  it('never gives one spelling two different places', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const place of PLACE_NAMES) {
      for (const written of new Set([place.en, place.fr, place.es])) {
        const folded = foldText(written);
        const before = seen.get(folded);
        if (before !== undefined && before !== place.en) clashes.push(`${written}: ${before} / ${place.en}`);
        seen.set(folded, place.en);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names the seats of international bodies as UN and EU documents write them in French and Spanish', () => {
    const expected: [string, string, string][] = [
      ['Geneva', 'Genève', 'Ginebra'],
      ['New York', 'New York', 'Nueva York'],
      ['Brussels', 'Bruxelles', 'Bruselas'],
      ['Addis Ababa', 'Addis-Abeba', 'Addis Abeba'],
      ['The Hague', 'La Haye', 'La Haya'],
      ['Vienna', 'Vienne', 'Viena'],
      ['Nairobi', 'Nairobi', 'Nairobi'],
      ['Jakarta', 'Jakarta', 'Yakarta'],
      ['Washington', 'Washington', 'Washington'],
      ['Strasbourg', 'Strasbourg', 'Estrasburgo'],
      ['London', 'Londres', 'Londres'],
      ['Cairo', 'Le Caire', 'El Cairo'],
    ];
    for (const [english, french, spanish] of expected) {
      expect([placeName(english, 'fr'), placeName(english, 'es'), placeName(french, 'en'), placeName(spanish, 'fr')]).toEqual([
        french,
        spanish,
        english,
        french,
      ]);
    }
    // Typed with another case, accents left out or a straight apostrophe, it is still found; an unknown place is kept as typed.
    expect(placeName('geneve', 'es')).toBe('Ginebra');
    expect(placeName("N'Djamena", 'es')).toBe('Yamena');
    expect(placeName('  Kakuma ', 'fr')).toBe('Kakuma');
  });
});
