import type { SignatoryStatus } from '../document/nodes';
import type { Signatory } from '../model/signatory';
import { foldText, type TextFolding } from '../text/fold-text';

export type SortColumn = 'position' | 'name' | 'country' | 'status' | 'source';

/** What the table shows: search, filters and sort, all applied in the renderer on the loaded list. */
export interface SignatoryView {
  query: string;
  status: SignatoryStatus | 'all';
  /** 'all', 'unknown' (written but not resolved), 'none', or an ISO code. */
  country: string;
  /** 'all' or a source id. */
  source: string;
  onlySuggested: boolean;
  sort: SortColumn;
  descending: boolean;
}

export const DEFAULT_VIEW: SignatoryView = { query: '', status: 'all', country: 'all', source: 'all', onlySuggested: false, sort: 'position', descending: false };

/** The country as the table shows it: the written form, with the code when it resolved to one. */
export function countryLabel(signatory: Signatory): string {
  if (signatory.country && signatory.countryCode) return `${signatory.country} (${signatory.countryCode})`;
  return signatory.country ?? signatory.countryCode ?? '';
}

// Search as you type: only case and accents fold, the query is found inside the text as written.
const SEARCH_FOLDING: TextFolding = { punctuation: 'keep' };

function searchable(signatory: Signatory): string {
  const text = [signatory.name, signatory.acronym, signatory.country, signatory.countryCode, signatory.contactName, signatory.email, signatory.title, ...Object.values(signatory.extra)]
    .filter(Boolean)
    .join(' ');
  return foldText(text, SEARCH_FOLDING);
}

/** The signatories the table shows, filtered and sorted with the collator of the letter's language. */
export function applySignatoryView(
  signatories: readonly Signatory[],
  view: SignatoryView,
  context: { suggestedIds: ReadonlySet<number>; sourceNames: ReadonlyMap<number, string>; locale: string },
): Signatory[] {
  const words = foldText(view.query, SEARCH_FOLDING).split(/\s+/).filter(Boolean);
  const filtered = signatories.filter((signatory) => {
    if (view.status !== 'all' && signatory.status !== view.status) return false;
    if (view.country === 'unknown' && !(signatory.country && !signatory.countryCode)) return false;
    if (view.country === 'none' && (signatory.country || signatory.countryCode)) return false;
    if (view.country.length === 2 && signatory.countryCode !== view.country) return false;
    if (view.source !== 'all' && String(signatory.sourceId) !== view.source) return false;
    if (view.onlySuggested && !context.suggestedIds.has(signatory.id)) return false;
    if (words.length > 0) {
      const haystack = searchable(signatory);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
  const collator = new Intl.Collator(context.locale, { sensitivity: 'base', numeric: true });
  const keyOf = (signatory: Signatory): string => {
    switch (view.sort) {
      case 'name':
        return signatory.name;
      case 'country':
        return signatory.country ?? signatory.countryCode ?? '\uffff';
      case 'status':
        return signatory.status;
      case 'source':
        return context.sourceNames.get(signatory.sourceId ?? -1) ?? '\uffff';
      default:
        return '';
    }
  };
  const direction = view.descending ? -1 : 1;
  return filtered.sort((a, b) => {
    const byKey = view.sort === 'position' ? a.position - b.position : collator.compare(keyOf(a), keyOf(b)) || a.position - b.position;
    return byKey * direction;
  });
}
