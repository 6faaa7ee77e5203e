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

/**
 * The entries of a signatory list in letter order, written in the list's format and the letter's language.
 * Withdrawn signatories never appear, whatever statuses the list asks for. In a list grouped by
 * country or region, signatories without one form a last group with an empty title.
 */
export function formatSignatoryList(signatories: readonly ListedSignatory[], attrs: SignatoryListAttrs, language: LetterLanguage): IRSignatoryGroup[] {
  const ordered = orderSignatoriesForLetter(signatories, attrs, language);
  const entry = ({ signatory, country }: (typeof ordered)[number]): string => {
    if (!country || attrs.format === 'name-only') return signatory.name;
    // "International Commission of Jurists – Kenya" is not followed by "(Kenya)" again.
    if (signatory.countryCode && signatoryNameParts(signatory.name).countrySuffixCode === signatory.countryCode) return signatory.name;
    return attrs.format === 'name-comma-country' ? `${signatory.name}, ${country}` : `${signatory.name} (${country})`;
  };
  if (attrs.format === 'grouped-by-region') {
    const groups: IRSignatoryGroup[] = [];
    for (const listed of ordered) {
      const last = groups.at(-1);
      if (last && last.title === listed.region) last.entries.push(entry(listed));
      else groups.push({ title: listed.region, entries: [entry(listed)] });
    }
    return groups;
  }
  if (attrs.format === 'grouped-by-country') {
    const groups: IRSignatoryGroup[] = [];
    for (const { signatory, country } of ordered) {
      const last = groups.at(-1);
      if (last && last.title === country) last.entries.push(signatory.name);
      else groups.push({ title: country, entries: [signatory.name] });
    }
    return groups;
  }
  return [{ title: '', entries: ordered.map(entry) }];
}
