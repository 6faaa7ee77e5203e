import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';
import type { DateFormat } from './merge-fields';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a YYYY-MM-DD date as a calendar day (UTC), or null when it is not one. */
export function parseIsoDate(isoDate: string): Date | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(isoDate) ? date : null;
}

const OPTIONS: Record<Exclude<DateFormat, 'iso'>, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  'month-year': { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/**
 * A date written the way a letter in that language writes it:
 * "28 April 2020", "28 avril 2020" ("1er avril" on the first), "28 de abril de 2020".
 */
export function formatLetterDate(isoDate: string, language: LetterLanguage, format: DateFormat = 'long'): string {
  const date = parseIsoDate(isoDate);
  if (!date) return isoDate;
  if (format === 'iso') return isoDate;
  const locale = LETTER_LANGUAGES[language].locale;
  const parts = new Intl.DateTimeFormat(locale, { ...OPTIONS[format], timeZone: 'UTC' }).formatToParts(date);
  return parts
    .map((part) => (part.type === 'day' && language === 'fr' && format !== 'short' && part.value === '1' ? '1er' : part.value))
    .join('');
}
