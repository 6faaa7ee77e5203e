import type { LetterLanguage } from '../model/page-settings';
import { placeName } from '../places/place-name';
import { formatLetterDate } from './format-letter-date';

/** The place and date line: "New York, 28 April 2020", "Genève, le 28 avril 2020", "Nueva York, 28 de abril de 2020"; the place is named in the letter's language where the place table has it. */
export function formatDateLine(place: string, isoDate: string, language: LetterLanguage): string {
  const date = formatLetterDate(isoDate, language, 'long');
  const trimmedPlace = placeName(place, language);
  if (language === 'fr') return trimmedPlace ? `${trimmedPlace}, le ${date}` : `Le ${date}`;
  return trimmedPlace ? `${trimmedPlace}, ${date}` : date;
}
