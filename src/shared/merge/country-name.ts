import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';

/** Where the platform's short names are not how a letter to a government writes them. */
const LETTER_NAMES: Record<string, Record<LetterLanguage, string>> = {
  CD: { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo', es: 'República Democrática del Congo' },
  CG: { en: 'Republic of the Congo', fr: 'République du Congo', es: 'República del Congo' },
  MM: { en: 'Myanmar', fr: 'Myanmar', es: 'Myanmar' },
  PS: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina' },
  CI: { en: 'Côte d’Ivoire', fr: 'Côte d’Ivoire', es: 'Côte d’Ivoire' },
};

const displayNames = new Map<LetterLanguage, Intl.DisplayNames>();

/** The name of a country from its ISO 3166 alpha-2 code, in the letter's language; null for an unknown code. */
export function countryName(code: string, language: LetterLanguage): string | null {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  const fixed = LETTER_NAMES[upper]?.[language];
  if (fixed) return fixed;
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames(LETTER_LANGUAGES[language].locale, { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  try {
    return names.of(upper) ?? null;
  } catch {
    return null;
  }
}
