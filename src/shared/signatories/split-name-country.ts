import { resolveCountry } from '../countries/resolve-country';
import { cleanDisplayName } from './clean-display-name';

/** A name cell split into the organization's name and the country written after it. */
export interface SplitNameCountry {
  name: string;
  /** The country exactly as written in the parentheses. */
  country: string;
  /** Its ISO code when it is one country; null for several ("Uganda and USA"). */
  countryCode: string | null;
}

/**
 * Splits "Genocide Alert (Germany)" into name and country when the parentheses hold a country (or
 * several joined by "and", "&", "/" or ","). Acronyms ("(FIDH)") and regions are not countries: null.
 */
export function splitNameCountry(cell: string, campaignAliases?: ReadonlyMap<string, string>): SplitNameCountry | null {
  const cleaned = cleanDisplayName(cell);
  const match = /^(.*\S)\s*\(([^()]+)\)$/u.exec(cleaned);
  if (!match) return null;
  const name = match[1]!.trim();
  const country = match[2]!.trim();
  const options = { campaignAliases };
  const single = resolveCountry(country, options);
  if (single) return { name, country, countryCode: single };
  const parts = country.split(/\s*(?:,|\/|&|\band\b|\bet\b|\by\b)\s*/u).filter(Boolean);
  if (parts.length > 1 && parts.every((part) => resolveCountry(part, options) !== null)) return { name, country, countryCode: null };
  return null;
}
