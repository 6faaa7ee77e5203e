import { COUNTRY_ALIASES } from './country-aliases';
import { countryData } from './country-locales';
import { foldCountryText } from './fold-country-text';

// Letter languages first: a spelling shared with another language keeps its meaning in them.
const NAME_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt', 'it'] as const;
let nameIndex: Map<string, string> | undefined;

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const language of NAME_LANGUAGES) {
    const names = countryData.getNames(language, { select: 'all' }) as Record<string, string[]>;
    for (const [code, spellings] of Object.entries(names)) {
      for (const spelling of spellings) {
        const folded = foldCountryText(spelling);
        // Two-letter spellings in the library ("US") are codes, resolved below only when asked.
        if (folded.length > 2 && !index.has(folded)) index.set(folded, code);
        // "Korea, Republic of" is also written "Republic of Korea".
        const inverted = /^(.+), (.+)$/.exec(spelling);
        if (inverted) {
          const reordered = foldCountryText(`${inverted[2]} ${inverted[1]}`);
          if (!index.has(reordered)) index.set(reordered, code);
        }
      }
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) index.set(alias, code);
  return index;
}

export interface ResolveCountryOptions {
  /** Accept ISO alpha-2/alpha-3 codes written in capitals ("DE", "KEN"); off where an acronym may be meant. */
  acceptCodes?: boolean;
  /** Spellings this campaign has already resolved by hand, folded -> code (see foldCountryText). */
  campaignAliases?: ReadonlyMap<string, string>;
}

/**
 * The ISO 3166-1 alpha-2 code of a country as written in English, French, Spanish, German,
 * Portuguese or Italian, or by a common alias ("USA", "DR Congo", "Swaziland"); null when it is
 * not recognised.
 */
export function resolveCountry(text: string, options: ResolveCountryOptions = {}): string | null {
  const trimmed = text.normalize('NFC').trim();
  if (!trimmed) return null;
  const folded = foldCountryText(trimmed);
  if (!folded) return null;
  const fromCampaign = options.campaignAliases?.get(folded);
  if (fromCampaign) return fromCampaign;
  nameIndex ??= buildNameIndex();
  const byName = nameIndex.get(folded);
  if (byName) return byName;
  if (options.acceptCodes && /^[A-Z]{2,3}$/.test(trimmed)) {
    const code = trimmed.length === 2 ? trimmed : countryData.alpha3ToAlpha2(trimmed);
    if (code && countryData.isValid(code)) return code;
  }
  return null;
}
