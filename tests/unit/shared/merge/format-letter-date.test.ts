import { describe, expect, it } from 'vitest';
import { formatDateLine } from '../../../../src/shared/merge/format-date-line';
import { formatLetterDate } from '../../../../src/shared/merge/format-letter-date';
import { parseIsoDate } from '../../../../src/shared/merge/parse-iso-date';
import { formatSignatoryCount } from '../../../../src/shared/merge/format-signatory-count';

describe('formatDateLine', () => {
  it('writes the place and date the way each language does', () => {
    expect(formatDateLine('New York', '2020-04-28', 'en')).toBe('New York, 28 April 2020');
    expect(formatDateLine('Genève', '2020-04-28', 'fr')).toBe('Genève, le 28 avril 2020');
    expect(formatDateLine('Nueva York', '2020-04-28', 'es')).toBe('Nueva York, 28 de abril de 2020');
    expect(formatDateLine('  ', '2020-04-28', 'fr')).toBe('Le 28 avril 2020');
    expect(formatDateLine('', '2020-04-28', 'en')).toBe('28 April 2020');
  });

  it('names the place in the letter’s language where the place table has it, and as typed otherwise', () => {
    expect(formatDateLine('Geneva', '2026-11-30', 'fr')).toBe('Genève, le 30 novembre 2026');
    expect(formatDateLine('Geneva', '2026-11-30', 'es')).toBe('Ginebra, 30 de noviembre de 2026');
    expect(formatDateLine('Genève', '2026-11-30', 'en')).toBe('Geneva, 30 November 2026');
    expect(formatDateLine('The Hague', '2026-11-30', 'es')).toBe('La Haya, 30 de noviembre de 2026');
    expect(formatDateLine('Addis Ababa', '2026-11-30', 'fr')).toBe('Addis-Abeba, le 30 novembre 2026');
    expect(formatDateLine('Kakuma', '2026-11-30', 'fr')).toBe('Kakuma, le 30 novembre 2026');
  });

  it('writes the first of the month as "1er" in French', () => {
    expect(formatLetterDate('2021-05-01', 'fr')).toBe('1er mai 2021');
    expect(formatLetterDate('2021-05-01', 'en')).toBe('1 May 2021');
  });
});

describe('parseIsoDate', () => {
  it('accepts calendar days only', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('28/04/2020')).toBeNull();
  });
});

describe('formatSignatoryCount', () => {
  it('counts organizations in the letter language', () => {
    expect(formatSignatoryCount(118, 'en')).toBe('118 organizations');
    expect(formatSignatoryCount(118, 'fr')).toBe('118 organisations');
    expect(formatSignatoryCount(118, 'es')).toBe('118 organizaciones');
    expect(formatSignatoryCount(1, 'en')).toBe('1 organization');
    expect(formatSignatoryCount(1, 'es')).toBe('1 organización');
  });
});
