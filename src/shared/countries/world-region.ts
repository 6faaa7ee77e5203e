import type { LetterLanguage } from '../model/page-settings';
import { COUNTRY_REGIONS } from './country-regions';

/** The continent-level regions of the UN geoscheme, in the order a letter lists them. */
export const WORLD_REGIONS = {
  africa: { en: 'Africa', fr: 'Afrique', es: 'África' },
  americas: { en: 'Americas', fr: 'Amériques', es: 'América' },
  asia: { en: 'Asia', fr: 'Asie', es: 'Asia' },
  europe: { en: 'Europe', fr: 'Europe', es: 'Europa' },
  oceania: { en: 'Oceania', fr: 'Océanie', es: 'Oceanía' },
} as const satisfies Record<string, Record<LetterLanguage, string>>;
export type WorldRegion = keyof typeof WORLD_REGIONS;

/** The region of a country (ISO 3166-1 alpha-2), or null for a code with none (e.g. Antarctica) or no code. */
export function worldRegion(countryCode: string | null): WorldRegion | null {
  return countryCode ? (COUNTRY_REGIONS[countryCode.toUpperCase()] ?? null) : null;
}
