import { describe, expect, it } from 'vitest';
import type { Signatory } from '../../../../src/shared/model/signatory';
import { applySignatoryView, countryLabel, DEFAULT_VIEW } from '../../../../src/shared/signatories/signatory-table-view';

function signatory(id: number, name: string, overrides: Partial<Signatory> = {}): Signatory {
  return {
    id,
    name,
    acronym: null,
    country: null,
    countryCode: null,
    contactName: null,
    email: null,
    title: null,
    status: 'confirmed',
    withdrawnAt: null,
    withdrawnReason: null,
    extra: {},
    sourceId: 1,
    sourceRow: id + 1,
    position: id,
    ...overrides,
  };
}

const list = [
  signatory(1, 'Rights International Spain', { country: 'Spain', countryCode: 'ES' }),
  signatory(2, 'Réseau Equitas', { country: "Côte d'Ivoire", countryCode: 'CI', status: 'pending' }),
  signatory(3, 'Regional Centre for Human Rights', { country: 'Absurdistan', sourceId: 2 }),
  signatory(4, 'Human Rights Watch', { email: 'hrw@example.org', status: 'withdrawn' }),
];
const context = { suggestedIds: new Set([4]), sourceNames: new Map([[1, 'first.csv'], [2, 'second.xlsx']]), locale: 'fr-FR' };

describe('applySignatoryView', () => {
  it('sorts names with the letter’s collator, accents with their base letters, both ways', () => {
    const names = (descending: boolean) => applySignatoryView(list, { ...DEFAULT_VIEW, sort: 'name', descending }, context).map((entry) => entry.name);
    expect(names(false)).toEqual(['Human Rights Watch', 'Regional Centre for Human Rights', 'Réseau Equitas', 'Rights International Spain']);
    expect(names(true)).toEqual(['Rights International Spain', 'Réseau Equitas', 'Regional Centre for Human Rights', 'Human Rights Watch']);
  });

  it('searches across fields without accents, and filters by status, country, source and suggestions', () => {
    const ids = (view: Partial<typeof DEFAULT_VIEW>) => applySignatoryView(list, { ...DEFAULT_VIEW, ...view }, context).map((entry) => entry.id);
    expect(ids({ query: 'reseau' })).toEqual([2]);
    expect(ids({ query: 'hrw@example' })).toEqual([4]);
    expect(ids({ status: 'pending' })).toEqual([2]);
    expect(ids({ country: 'unknown' })).toEqual([3]);
    expect(ids({ country: 'none' })).toEqual([4]);
    expect(ids({ country: 'ES' })).toEqual([1]);
    expect(ids({ source: '2' })).toEqual([3]);
    expect(ids({ onlySuggested: true })).toEqual([4]);
  });

  it('labels a resolved country with its code', () => {
    expect(countryLabel(list[0]!)).toBe('Spain (ES)');
    expect(countryLabel(list[2]!)).toBe('Absurdistan');
    expect(countryLabel(list[3]!)).toBe('');
  });
});
