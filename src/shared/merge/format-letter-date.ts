import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';
import type { DateFormat } from './merge-fields';
import { parseIsoDate } from './parse-iso-date';

const OPTIONS: Record<Exclude<DateFormat, 'iso'>, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  'month-year': { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

// Building a formatter costs far more than using one: one per language and format.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * A date written the way a letter in that language writes it:
 * "28 April 2020", "28 avril 2020" ("1er avril" on the first), "28 de abril de 2020".
 */
export function formatLetterDate(isoDate: string, language: LetterLanguage, format: DateFormat = 'long'): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  if (format === 'iso') return isoDate;
  const key = `${language}:${format}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LETTER_LANGUAGES[language].locale, { ...OPTIONS[format], timeZone: 'UTC' });
    FORMATTERS.set(key, formatter);
  }
  const parts = formatter.formatToParts(date);
  return parts
    .map((part) => (part.type === 'day' && language === 'fr' && format !== 'short' && part.value === '1' ? '1er' : part.value))
    .join('');
}
