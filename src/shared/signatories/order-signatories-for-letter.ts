import type { SignatoryListAttrs, SignatoryStatus } from '../document/nodes';
import { countryName } from '../countries/country-name';
import { countryData } from '../countries/country-locales';
import { foldCountryText } from '../countries/fold-country-text';
import { WORLD_REGIONS, worldRegion } from '../countries/world-region';
import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';
import type { ListedSignatory } from './format-signatory-list';

/** A signatory as a letter lists it: the country written in the letter's language. */
export interface OrderedSignatory<Item extends ListedSignatory = ListedSignatory> {
  signatory: Item;
  /** The country's name in the letter's language, the country as written when unresolved, or "". */
  country: string;
  /** The country's world region in the letter's language, or "" (no country, or one without a region). */
  region: string;
}

/** Whether a country as typed is one of the names of that country in the letter's language, not an abbreviation ("USA") nor another language's name. */
function isNameIn(typed: string, code: string, language: LetterLanguage): boolean {
  if (/^[\p{Lu}.\s]+$/u.test(typed)) return false;
  const names = countryData.getName(code, language, { select: 'all' }) as string[] | undefined;
  const folded = foldCountryText(typed);
  return (names ?? []).some((name) => foldCountryText(name) === folded);
}

/**
 * The country of a signatory as a letter in that language shows it: as the organization typed it when that is a
 * name of the country in the letter's language ("Russian Federation" stays so), otherwise the country's name in it
 * (an abbreviation such as "USA" is written out).
 */
export function displayCountry(signatory: Pick<ListedSignatory, 'country' | 'countryCode'>, language: LetterLanguage): string {
  const typed = signatory.country?.trim() ?? '';
  if (signatory.countryCode) {
    if (typed !== '' && isNameIn(typed, signatory.countryCode, language)) return typographicApostrophes(typed);
    return countryName(signatory.countryCode, language) ?? (typed || signatory.countryCode);
  }
  return typed;
}

/** Straight apostrophes in a name made typographic (Côte d’Ivoire), as the letters' own text has them. */
function typographicApostrophes(text: string): string {
  return text.replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}

/**
 * The signatories a list shows, in letter order: statuses filtered (withdrawn never shown in a
 * letter; `includeWithdrawn` is for listings that ask for them), sorted
 * with Intl.Collator in the letter's language so accents sort with their base letters.
 */
export function orderSignatoriesForLetter<Item extends ListedSignatory>(
  signatories: readonly Item[],
  attrs: Pick<SignatoryListAttrs, 'sort' | 'format'> & { statuses: readonly SignatoryStatus[] },
  language: LetterLanguage,
  options: { includeWithdrawn?: boolean; includeDeclined?: boolean } = {},
): OrderedSignatory<Item>[] {
  const collator = new Intl.Collator(LETTER_LANGUAGES[language].locale, { sensitivity: 'base', numeric: true, ignorePunctuation: false });
  const wanted = new Set<SignatoryStatus>(attrs.statuses.filter((status) => (options.includeWithdrawn || status !== 'withdrawn') && (options.includeDeclined || status !== 'declined')),
  );
  const listed = signatories
    .filter((signatory) => wanted.has(signatory.status))
    .map((signatory) => {
      const region = attrs.format === 'grouped-by-region' ? worldRegion(signatory.countryCode) : null;
      return { signatory, country: displayCountry(signatory, language), region: region ? WORLD_REGIONS[region][language] : '' };
    });
  // Opening quotation marks and punctuation do not sort: "The “Never Again” Network" files under N (or T).
  const withoutLeadingPunctuation = (name: string): string => name.replace(/^[\p{P}\p{S}\s]+/u, '');
  const sortName = (name: string): string => {
    const bare = withoutLeadingPunctuation(name.trim());
    return withoutLeadingPunctuation(attrs.sort === 'name-ignoring-the' ? bare.replace(/^(the)\s+/i, '') : bare);
  };
  const byCountryFirst = attrs.sort === 'country' || attrs.format === 'grouped-by-country';
  const byRegionFirst = attrs.format === 'grouped-by-region';
  return listed.sort((a, b) => {
    if (byRegionFirst) {
      // Signatories without a region come after every region.
      if (!a.region !== !b.region) return a.region ? -1 : 1;
      const byRegion = collator.compare(a.region, b.region);
      if (byRegion !== 0) return byRegion;
    }
    if (attrs.sort === 'import-order' && !byCountryFirst) return a.signatory.position - b.signatory.position;
    if (byCountryFirst) {
      // Signatories without a country come after every country.
      if (!a.country !== !b.country) return a.country ? -1 : 1;
      const byCountry = collator.compare(a.country, b.country);
      if (byCountry !== 0) return byCountry;
      if (attrs.sort === 'import-order') return a.signatory.position - b.signatory.position;
    }
    return collator.compare(sortName(a.signatory.name), sortName(b.signatory.name)) || a.signatory.position - b.signatory.position;
  });
}
