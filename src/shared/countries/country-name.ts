import type { LetterLanguage } from '../model/page-settings';
import { countryData } from './country-locales';

/** Short names a letter uses where the library gives a formal or inverted one. */
const DISPLAY_NAMES: Readonly<Record<LetterLanguage, Readonly<Record<string, string>>>> = {
  en: {
    US: 'United States',
    BN: 'Brunei',
    CN: 'China',
    CI: 'Côte d’Ivoire',
    FK: 'Falkland Islands',
    GM: 'The Gambia',
    VA: 'Holy See',
    IR: 'Iran',
    FM: 'Micronesia',
    MD: 'Moldova',
    MK: 'North Macedonia',
    RU: 'Russia',
    SY: 'Syria',
    TW: 'Taiwan',
    TZ: 'Tanzania',
    VG: 'British Virgin Islands',
    VI: 'United States Virgin Islands',
    LA: 'Laos',
    PS: 'Palestine',
  },
  fr: {
    US: 'États-Unis',
    BN: 'Brunei',
    CF: 'République centrafricaine',
    CZ: 'Tchéquie',
    DO: 'République dominicaine',
    VA: 'Saint-Siège',
    SZ: 'Eswatini',
    TZ: 'Tanzanie',
    CI: 'Côte d’Ivoire',
  },
  es: {
    BN: 'Brunéi',
    CD: 'República Democrática del Congo',
    CC: 'Islas Cocos',
  },
};

/** The name of a country (ISO alpha-2 code) as a letter in that language writes it; null for an unknown code. */
export function countryName(code: string, language: LetterLanguage): string | null {
  const upper = code.toUpperCase();
  return DISPLAY_NAMES[language][upper] ?? countryData.getName(upper, language) ?? null;
}
