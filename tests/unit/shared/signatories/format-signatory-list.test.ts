import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNATORY_LIST_ATTRS, type SignatoryListAttrs } from '../../../../src/shared/document/nodes';
import { applyEntryTemplate } from '../../../../src/shared/signatories/apply-entry-template';
import { formatSignatoryList, type ListedSignatory } from '../../../../src/shared/signatories/format-signatory-list';

const signatories: ListedSignatory[] = [
  { name: 'Rights International Spain', country: 'Spain', countryCode: 'ES', status: 'confirmed', position: 1 },
  { name: 'Réseau Equitas', country: "Côte d'Ivoire", countryCode: 'CI', status: 'confirmed', position: 2 },
  { name: 'Regional Centre for Human Rights', country: null, countryCode: null, status: 'confirmed', position: 3 },
  { name: 'The Arab Center for the Independence of the Judiciary', country: 'Egypt', countryCode: 'EG', status: 'confirmed', position: 4 },
  { name: 'Genocide Alert', country: 'Deutschland', countryCode: 'DE', status: 'pending', position: 5 },
  { name: 'Ex Member', country: null, countryCode: null, status: 'withdrawn', position: 6 },
  { name: 'Charter of Human Responsibilities', country: 'South Asia', countryCode: null, status: 'confirmed', position: 7 },
];

function attrs(overrides: Partial<SignatoryListAttrs>): SignatoryListAttrs {
  return { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...overrides };
}

describe('formatSignatoryList', () => {
  it('sorts accents with their base letters and writes countries in English', () => {
    const [group] = formatSignatoryList(signatories, attrs({}), 'en');
    expect(group!.entries).toEqual([
      'Charter of Human Responsibilities (South Asia)',
      'Regional Centre for Human Rights',
      'Réseau Equitas (Côte d’Ivoire)',
      'Rights International Spain (Spain)',
      'The Arab Center for the Independence of the Judiciary (Egypt)',
    ]);
  });

  it('ignores a leading "The" when asked, and writes countries in French', () => {
    const [group] = formatSignatoryList(signatories, attrs({ sort: 'name-ignoring-the', format: 'name-comma-country', statuses: ['confirmed', 'pending', 'withdrawn'] }), 'fr');
    expect(group!.entries).toEqual([
      'The Arab Center for the Independence of the Judiciary, Égypte',
      'Charter of Human Responsibilities, South Asia',
      'Genocide Alert, Allemagne',
      'Regional Centre for Human Rights',
      'Réseau Equitas, Côte d’Ivoire',
      'Rights International Spain, Espagne',
    ]);
  });

  it('sorts names by their letters, not by an opening quotation mark or punctuation', () => {
    const quoted: ListedSignatory[] = [
      { name: 'The “Never Again” Network', country: null, countryCode: null, status: 'confirmed', position: 1 },
      { name: 'Asociación Pro Derechos Humanos', country: null, countryCode: null, status: 'confirmed', position: 2 },
      { name: '“Memoria Activa” Collective', country: null, countryCode: null, status: 'confirmed', position: 3 },
      { name: '(Zeta) Observatory', country: null, countryCode: null, status: 'confirmed', position: 4 },
    ];
    expect(formatSignatoryList(quoted, attrs({ sort: 'name-ignoring-the' }), 'en')[0]!.entries).toEqual([
      'Asociación Pro Derechos Humanos',
      '“Memoria Activa” Collective',
      'The “Never Again” Network',
      '(Zeta) Observatory',
    ]);
    expect(formatSignatoryList(quoted, attrs({ sort: 'name' }), 'en')[0]!.entries.at(-2)).toBe('The “Never Again” Network');
  });

  it('prints a country as the organization typed it when that is its name in the letter’s language', () => {
    const typed: ListedSignatory[] = [
      { name: 'Memorial Network', country: 'Russian Federation', countryCode: 'RU', status: 'confirmed', position: 1 },
      { name: 'Kinshasa Rights League', country: 'DRC', countryCode: 'CD', status: 'confirmed', position: 2 },
      { name: 'Abidjan Forum', country: "Côte d'Ivoire", countryCode: 'CI', status: 'confirmed', position: 3 },
      { name: 'Washington Rights Desk', country: 'USA', countryCode: 'US', status: 'confirmed', position: 4 },
    ];
    expect(formatSignatoryList(typed, attrs({}), 'en')[0]!.entries).toEqual([
      'Abidjan Forum (Côte d’Ivoire)',
      'Kinshasa Rights League (Democratic Republic of the Congo)',
      'Memorial Network (Russian Federation)',
      'Washington Rights Desk (United States)',
    ]);
    // In a French letter the English name is not French: the country is written in French.
    expect(formatSignatoryList(typed, attrs({}), 'fr')[0]!.entries.at(-2)).toBe('Memorial Network (Russie)');
  });

  it('does not repeat a country the name already ends with', () => {
    const jurists: ListedSignatory[] = [
      { name: 'International Commission of Jurists – Kenya', country: 'Kenya', countryCode: 'KE', status: 'confirmed', position: 1 },
      { name: 'Human Rights Institute of South Africa', country: 'South Africa', countryCode: 'ZA', status: 'confirmed', position: 2 },
    ];
    expect(formatSignatoryList(jurists, attrs({}), 'en')[0]!.entries).toEqual(['Human Rights Institute of South Africa (South Africa)', 'International Commission of Jurists – Kenya']);
  });

  it('groups by country in the letter’s language, the ones without a country last', () => {
    const groups = formatSignatoryList(signatories, attrs({ format: 'grouped-by-country' }), 'es');
    expect(groups.map((group) => group.title)).toEqual(['Costa de Marfil', 'Egipto', 'España', 'South Asia', 'Otros firmantes']);
    expect(groups.at(-1)!.entries).toEqual(['Regional Centre for Human Rights']);
  });

  it('leaves a list with no country at all as one untitled group', () => {
    const withoutCountries = signatories.map((signatory) => ({ ...signatory, country: null, countryCode: null }));
    const groups = formatSignatoryList(withoutCountries, attrs({ format: 'grouped-by-country' }), 'en');
    expect(groups.map((group) => group.title)).toEqual(['']);
  });
});

describe('applyEntryTemplate', () => {
  it('drops the brackets or separator around an empty value', () => {
    expect(applyEntryTemplate('{name} ({country})', { name: 'Act for Peace', country: 'Australia' })).toBe('Act for Peace (Australia)');
    expect(applyEntryTemplate('{name} ({country})', { name: 'Act for Peace', country: '' })).toBe('Act for Peace');
    expect(applyEntryTemplate('{name}, {country}', { name: 'Act for Peace', country: null })).toBe('Act for Peace');
    expect(applyEntryTemplate('{country} – {name}', { name: 'Act for Peace', country: '' })).toBe('Act for Peace');
  });
});

describe('formatSignatoryList grouped by region', () => {
  it('groups by world region in the letter language, regions in alphabetical order, no region last', () => {
    const groups = formatSignatoryList(signatories, attrs({ format: 'grouped-by-region', statuses: ['confirmed', 'pending'] }), 'fr');
    expect(groups).toEqual([
      { title: 'Afrique', entries: ['Réseau Equitas (Côte d’Ivoire)', 'The Arab Center for the Independence of the Judiciary (Égypte)'] },
      { title: 'Europe', entries: ['Genocide Alert (Allemagne)', 'Rights International Spain (Espagne)'] },
      { title: 'Autres signataires', entries: ['Charter of Human Responsibilities (South Asia)', 'Regional Centre for Human Rights'] },
    ]);
  });
});
