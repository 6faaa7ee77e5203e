import { describe, expect, it } from 'vitest';
import { findDuplicateSuggestions, type SuggestionCandidate } from '../../../../src/shared/signatories/find-duplicate-suggestions';

function candidates(names: (string | [string, string | null, string | null])[]): SuggestionCandidate[] {
  return names.map((entry, index) => {
    const [name, acronym, countryCode] = typeof entry === 'string' ? [entry, null, null] : entry;
    return { id: index + 1, name, acronym, countryCode };
  });
}

function pairsOf(list: SuggestionCandidate[]): string[] {
  const nameOf = (id: number) => list.find((candidate) => candidate.id === id)!.name;
  return findDuplicateSuggestions(list)
    .map((suggestion) => `${nameOf(suggestion.firstId)} | ${nameOf(suggestion.secondId)} | ${suggestion.reason}`)
    .sort();
}

describe('findDuplicateSuggestions', () => {
  it('suggests typos, acronyms and a name with and without its country', () => {
    const list = candidates([
      'Human Rights Watch',
      'Human Right Watch',
      'HRW',
      'World Federalist Movement – Institute for Global Policy',
      'WFM-IGP',
      'Parliamentarians for Global Action',
      'Society for Threatened Peoples – Switzerland',
      'Society for Threatened Peoples',
    ]);
    expect(pairsOf(list)).toEqual([
      'Human Right Watch | HRW | acronym',
      'Human Rights Watch | HRW | acronym',
      'Human Rights Watch | Human Right Watch | similar-spelling',
      'Society for Threatened Peoples – Switzerland | Society for Threatened Peoples | country-suffix',
      'World Federalist Movement – Institute for Global Policy | WFM-IGP | acronym',
    ]);
  });

  it('keeps national sections of one organization apart', () => {
    const list = candidates(['International Commission of Jurists – Kenya', 'International Commission of Jurists – Norway', 'United Nations Association – Sweden', 'United Nations Association – Norway']);
    expect(pairsOf(list)).toEqual([]);
  });

  it('never pairs signatories of different countries, and honours decisions', () => {
    const list = candidates([
      ['Amnesty International', null, 'FR'],
      ['Amnesty Internationl', null, 'GB'],
      ['Open Society Justice Initiative', null, null],
      ['Open Society Justice Initative', null, null],
    ]);
    expect(pairsOf(list)).toEqual(['Open Society Justice Initiative | Open Society Justice Initative | similar-spelling']);
    expect(findDuplicateSuggestions(list, { isDecidedDistinct: () => true })).toEqual([]);
  });

  it('chains thousands of signatories sharing one name instead of pairing all with all', () => {
    const many = Array.from({ length: 5000 }, (_, index) => ({ id: index + 1, name: 'Amnesty International', acronym: null, countryCode: null }));
    const suggestions = findDuplicateSuggestions(many);
    expect(suggestions).toHaveLength(4999);
    expect(suggestions.every((pair) => pair.secondId === pair.firstId + 1)).toBe(true);
  });

  it('does not pair short names one letter apart', () => {
    expect(pairsOf(candidates(['ASF', 'RSF', 'CPJ', 'CPI']))).toEqual([]);
  });
});
