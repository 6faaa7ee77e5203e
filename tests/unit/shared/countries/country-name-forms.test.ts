import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_NAME_FORMS } from '../../../../src/shared/countries/country-name-forms';
import { countryPhrase, type CountryRole } from '../../../../src/shared/countries/country-phrase';
import { evaluateMergeField } from '../../../../src/shared/merge/evaluate-merge-field';
import { LETTER_LANGUAGES, type LetterLanguage } from '../../../../src/shared/model/page-settings';

const datasets = new URL('../../../../resources/datasets/', import.meta.url);
const memberCodes = readFileSync(new URL('un-member-states.csv', datasets), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').at(-3)!);
const languages = Object.keys(LETTER_LANGUAGES) as LetterLanguage[];
const roles: CountryRole[] = ['subject', 'of', 'in', 'bare'];

function country(code: string, field: string, language: LetterLanguage, stored = 'as stored'): string | null {
  const recipient = { honorific: null, name: null, title: null, organization: null, country: stored, countryCode: code, salutation: null, addressLines: [], email: null, extra: {} };
  const result = evaluateMergeField(field, { recipient, signatories: [], date: '2026-11-30' }, { language, place: '', signatoryCount: 0 });
  return result.resolved ? result.value : null;
}

describe('country name forms', () => {
  it('has every form of all 193 UN Member States in English, French and Spanish', () => {
    expect(memberCodes).toHaveLength(193);
    for (const code of memberCodes) {
      for (const language of languages) {
        const names = COUNTRY_NAME_FORMS[code]?.[language];
        expect(names, `${code} ${language}`).toBeDefined();
        for (const name of [names!.short, names!.formal]) {
          // Typography of dataset text: curly apostrophes, no UN list-style "(Kingdom of the)", no capital article.
          expect(name, `${code} ${language}`).not.toMatch(/['()]|^(The|Le|La|Les|L’|Los|Las) |\s{2}|^\s|\s$/);
        }
        for (const role of roles) {
          for (const field of ['recipient.country', 'recipient.country | formal']) {
            const phrase = country(code, role === 'subject' ? field : `${field} | ${role}`, language);
            expect(phrase, `${code} ${language} ${field} ${role}`).toBeTruthy();
            expect(phrase).not.toMatch(language === 'es' ? /\bde el\b|as stored/ : /\b(de le|de les|à le|à les|en la|en le|en les|en État|of of|in in)\b|as stored/);
          }
        }
      }
    }
  });

  it('is generated from resources/datasets/un-country-names.csv, row for row', () => {
    const rows = readFileSync(new URL('un-country-names.csv', datasets), 'utf8').trim().split('\n').slice(1);
    expect(Object.keys(COUNTRY_NAME_FORMS)).toHaveLength(rows.length);
    for (const row of rows) {
      const [code, enShort, enFormal, frShort, frFormal, esShort, esFormal, frIn] = row.split(',');
      expect(COUNTRY_NAME_FORMS[code!]).toEqual({
        en: { short: enShort, formal: enFormal },
        fr: frIn ? { short: frShort, formal: frFormal, in: frIn } : { short: frShort, formal: frFormal },
        es: { short: esShort, formal: esFormal },
      });
    }
  });

  it('agrees with the official English names of world-countries except where UNTERM writes them otherwise', () => {
    const world = createRequire(import.meta.url)('world-countries') as { cca2: string; name: { official: string } }[];
    const differences = Object.fromEntries(
      memberCodes
        .map((code) => [code, COUNTRY_NAME_FORMS[code]!.en.formal.replace(/^the /, ''), world.find((entry) => entry.cca2 === code)!.name.official.replace(/'/g, '’')] as const)
        .filter(([, ours, theirs]) => ours !== theirs)
        .map(([code, ours]) => [code, ours]),
    );
    // UNTERM's formal names, which world-countries gives in another style (README: un-country-names.csv).
    expect(differences).toEqual({
      AU: 'Australia',
      BN: 'Brunei Darussalam',
      IE: 'Ireland',
      KI: 'Republic of Kiribati',
      MV: 'Republic of Maldives',
      NE: 'Republic of the Niger',
      KN: 'Federation of Saint Kitts and Nevis',
      SM: 'Republic of San Marino',
      ST: 'Democratic Republic of Sao Tome and Principe',
      TN: 'Republic of Tunisia',
      UY: 'Eastern Republic of Uruguay',
      VN: 'Socialist Republic of Viet Nam',
    });
  });

  it('writes known countries as a sentence needs them', () => {
    expect(country('NL', 'recipient.country', 'en')).toBe('the Netherlands');
    expect(country('NL', 'recipient.country | formal', 'en')).toBe('the Kingdom of the Netherlands');
    expect(country('NL', 'recipient.country | of', 'en')).toBe('of the Netherlands');
    expect(country('NL', 'recipient.country | bare', 'en')).toBe('Netherlands');
    expect(country('NL', 'recipient.country', 'fr')).toBe('les Pays-Bas');
    expect(country('NL', 'recipient.country | in', 'fr')).toBe('aux Pays-Bas');
    expect(country('NL', 'recipient.country | of', 'fr')).toBe('des Pays-Bas');
    expect(country('NL', 'recipient.country | formal | of', 'fr')).toBe('du Royaume des Pays-Bas');
    expect(country('NL', 'recipient.country', 'es')).toBe('los Países Bajos');
    expect(country('KE', 'recipient.country | formal', 'en')).toBe('the Republic of Kenya');
    expect(country('GM', 'recipient.country', 'en')).toBe('the Gambia');
    expect(country('BS', 'recipient.country | of', 'en')).toBe('of the Bahamas');
    expect(country('BO', 'recipient.country', 'en')).toBe('the Plurinational State of Bolivia');
    expect(country('VE', 'recipient.country', 'en')).toBe('the Bolivarian Republic of Venezuela');
    expect(country('CI', 'recipient.country', 'en')).toBe('Côte d’Ivoire');
    expect(country('RU', 'recipient.country', 'en')).toBe('the Russian Federation');
    expect(country('CD', 'recipient.country', 'fr')).toBe('la République démocratique du Congo');
    expect(country('ML', 'recipient.country | in', 'fr')).toBe('au Mali');
    expect(country('FR', 'recipient.country | in', 'fr')).toBe('en France');
    expect(country('PH', 'recipient.country | in', 'fr')).toBe('aux Philippines');
    expect(country('IQ', 'recipient.country | in', 'fr')).toBe('en Iraq');
    expect(country('CU', 'recipient.country | in', 'fr')).toBe('à Cuba');
    expect(country('GD', 'recipient.country | in', 'fr')).toBe('à la Grenade');
    expect(country('IL', 'recipient.country | of', 'fr')).toBe('d’Israël');
    expect(country('IT', 'recipient.country | of', 'fr')).toBe('de l’Italie');
    expect(country('PE', 'recipient.country | of', 'es')).toBe('del Perú');
    expect(country('SV', 'recipient.country | of', 'es')).toBe('de El Salvador');
    expect(country('AR', 'recipient.country | in', 'es')).toBe('en la Argentina');
    expect(country('PS', 'recipient.country', 'en')).toBe('the State of Palestine');
    // "État" is a common noun: "dans l’État…", not "en État…".
    expect(country('PS', 'recipient.country | in', 'fr')).toBe('dans l’État de Palestine');
    expect(country('BO', 'recipient.country | in', 'fr')).toBe('dans l’État plurinational de Bolivie');
    expect(country('IL', 'recipient.country | formal | in', 'fr')).toBe('dans l’État d’Israël');
    expect(country('IL', 'recipient.country | in', 'fr')).toBe('en Israël');
  });

  it('writes each Member State by the UN short name of un-member-states.csv, its qualifier moved in front and its article added', () => {
    const rows = readFileSync(new URL('un-member-states.csv', datasets), 'utf8').trim().split('\n').slice(1);
    const differences: string[] = [];
    for (const row of rows) {
      const code = row.split(',').at(-3)!;
      // Names with a comma are quoted; none of the UN short names has one.
      const listed = row.split(',').slice(0, -3).join(',').replace(/'/g, '’');
      const qualified = /^(.+) \((.+)\)$/.exec(listed);
      const sentence = qualified ? `${qualified[2]} ${qualified[1]}` : listed;
      const short = COUNTRY_NAME_FORMS[code]!.en.short.replace(/^the /, '');
      if (short !== sentence.replace(/^the /, '')) differences.push(`${code}: ${listed} / ${COUNTRY_NAME_FORMS[code]!.en.short}`);
    }
    // The one documented departure (datasets README): the short form stays "the Netherlands".
    expect(differences).toEqual(['NL: Netherlands (Kingdom of the) / the Netherlands']);
  });

  it('shapes a country outside the table by rule, and refuses country filters on other fields', () => {
    expect(countryPhrase('Kosovo', 'fr', 'of')).toBe('de Kosovo');
    expect(countryPhrase('Aruba', 'fr', 'of')).toBe('d’Aruba');
    expect(country('XK', 'recipient.country | in', 'en', 'Kosovo')).toBe('in Kosovo');
    const result = evaluateMergeField('recipient.name | formal', { recipient: null, signatories: [], date: '2026-11-30' }, { language: 'en', place: '', signatoryCount: 0 });
    expect(result).toMatchObject({ resolved: false, problem: 'the filter "formal" applies only to recipient.country' });
  });
});
