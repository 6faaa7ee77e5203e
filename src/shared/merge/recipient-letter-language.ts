import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';

export type RecipientLetterLanguage = { language: LetterLanguage } | { unknown: string } | null;

// How a language column is filled in by hand: codes with or without a region, or the language's name.
const NAMES: Readonly<Record<string, LetterLanguage>> = {
  english: 'en',
  anglais: 'en',
  inglés: 'en',
  ingles: 'en',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  francés: 'fr',
  frances: 'fr',
  spanish: 'es',
  espagnol: 'es',
  español: 'es',
  espanol: 'es',
  castellano: 'es',
};

/**
 * The letter language a recipient's `language` column asks for ("fr", "fr-CA", "French", "Español"),
 * `{ unknown }` for a value that is not one of the letter languages, null when the column is empty.
 */
export function recipientLetterLanguage(value: string | null | undefined): RecipientLetterLanguage {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const folded = text.toLocaleLowerCase('en');
  const code = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/.exec(folded)?.[1];
  if (code && Object.hasOwn(LETTER_LANGUAGES, code)) return { language: code as LetterLanguage };
  const named = NAMES[folded];
  return named ? { language: named } : { unknown: text };
}
