import type { LetterLanguage } from '../model/page-settings';
import { formatLetterDate } from './format-letter-date';

/** The place and date line: "New York, 28 April 2020", "Genève, le 28 avril 2020", "Nueva York, 28 de abril de 2020". */
export function formatDateLine(place: string, isoDate: string, language: LetterLanguage): string {
  const date = formatLetterDate(isoDate, language, 'long');
  const trimmedPlace = place.trim();
  if (language === 'fr') return trimmedPlace ? `${trimmedPlace}, le ${date}` : `Le ${date}`;
  return trimmedPlace ? `${trimmedPlace}, ${date}` : date;
}
