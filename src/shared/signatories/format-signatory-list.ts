import type { IRSignatoryGroup } from '../document/letter-ir';
import type { SignatoryListAttrs, SignatoryStatus } from '../document/nodes';
import type { LetterLanguage } from '../model/page-settings';
import { orderSignatoriesForLetter } from './order-signatories-for-letter';
import { signatoryNameParts } from './signatory-name-parts';

/** What a signatory list needs to know of each signatory. */
export interface ListedSignatory {
  name: string;
  /** The country as the organization wrote it; shown when it could not be resolved to a code. */
  country: string | null;
  /** ISO 3166-1 alpha-2; the list shows this country's name in the letter's language. */
  countryCode: string | null;
  status: SignatoryStatus;
  /** Order received, for the "import-order" sort. */
  position: number;
}

/** The title of the last group, of signatories with no country (or region), when other groups have one. */
const OTHER_GROUP_TITLES: Record<LetterLanguage, string> = { en: 'Other signatories', fr: 'Autres signataires', es: 'Otros firmantes' };

function groupBy(ordered: { key: string; text: string }[], language: LetterLanguage): IRSignatoryGroup[] {
  const groups: IRSignatoryGroup[] = [];
  for (const { key, text } of ordered) {
    const last = groups.at(-1);
    if (last && last.title === key) last.entries.push(text);
    else groups.push({ title: key, entries: [text] });
  }
  // Untitled entries after titled groups would read as part of the group above them.
  const untitled = groups.find((group) => group.title === '');
  if (untitled && groups.length > 1) untitled.title = OTHER_GROUP_TITLES[language];
  return groups;
}

/**
 * The entries of a signatory list in letter order, written in the list's format and the letter's language.
 * Withdrawn signatories never appear, whatever statuses the list asks for. In a list grouped by
 * country or region, signatories without one form a last group, titled "Other signatories" (in the
 * letter's language) when other groups precede it.
 */
export function formatSignatoryList(signatories: readonly ListedSignatory[], attrs: SignatoryListAttrs, language: LetterLanguage): IRSignatoryGroup[] {
  const ordered = orderSignatoriesForLetter(signatories, attrs, language);
  const entry = ({ signatory, country }: (typeof ordered)[number]): string => {
    if (!country || attrs.format === 'name-only') return signatory.name;
    // "International Commission of Jurists – Kenya" is not followed by "(Kenya)" again.
    if (signatory.countryCode && signatoryNameParts(signatory.name).countrySuffixCode === signatory.countryCode) return signatory.name;
    return attrs.format === 'name-comma-country' ? `${signatory.name}, ${country}` : `${signatory.name} (${country})`;
  };
  if (attrs.format === 'grouped-by-region') return groupBy(ordered.map((listed) => ({ key: listed.region, text: entry(listed) })), language);
  if (attrs.format === 'grouped-by-country') return groupBy(ordered.map(({ signatory, country }) => ({ key: country, text: signatory.name })), language);
  return [{ title: '', entries: ordered.map(entry) }];
}
