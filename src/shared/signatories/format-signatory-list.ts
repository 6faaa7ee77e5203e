import type { IRSignatoryGroup } from '../document/letter-ir';
import type { SignatoryListAttrs, SignatoryStatus } from '../document/nodes';
import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';

/** What a signatory list needs to know of each signatory. */
export interface ListedSignatory {
  name: string;
  /** The country as the organization wrote it, when it could not be resolved to a code. */
  country: string | null;
  countryCode: string | null;
  status: SignatoryStatus;
  /** Order received, for the "import-order" sort. */
  position: number;
}

/**
 * The entries of a signatory list in letter order, written in the list's format and the letter's language.
 * Withdrawn signatories never appear, whatever statuses the list asks for.
 */
export function formatSignatoryList(signatories: readonly ListedSignatory[], attrs: SignatoryListAttrs, language: LetterLanguage): IRSignatoryGroup[] {
  const collator = new Intl.Collator(LETTER_LANGUAGES[language].locale, { sensitivity: 'base', numeric: true });
  const wanted = new Set<SignatoryStatus>(attrs.statuses.filter((status) => status !== 'withdrawn'));
  const listed = signatories.filter((signatory) => wanted.has(signatory.status));
  const countryOf = (signatory: ListedSignatory): string => signatory.country ?? signatory.countryCode ?? '';
  const sortName = (name: string): string => (attrs.sort === 'name-ignoring-the' ? name.replace(/^the\s+/i, '') : name);
  const sorted = [...listed].sort((a, b) => {
    if (attrs.sort === 'import-order') return a.position - b.position;
    if (attrs.sort === 'country' || attrs.format === 'grouped-by-country') {
      const byCountry = collator.compare(countryOf(a), countryOf(b));
      if (byCountry !== 0) return byCountry;
    }
    return collator.compare(sortName(a.name), sortName(b.name));
  });
  if (attrs.format === 'grouped-by-country') {
    const groups: IRSignatoryGroup[] = [];
    for (const signatory of sorted) {
      const title = countryOf(signatory);
      const last = groups.at(-1);
      if (last && last.title === title) last.entries.push(signatory.name);
      else groups.push({ title, entries: [signatory.name] });
    }
    return groups;
  }
  const entry = (signatory: ListedSignatory): string => {
    const country = countryOf(signatory);
    if (!country || attrs.format === 'name-only') return signatory.name;
    return attrs.format === 'name-comma-country' ? `${signatory.name}, ${country}` : `${signatory.name} (${country})`;
  };
  return [{ title: '', entries: sorted.map(entry) }];
}
