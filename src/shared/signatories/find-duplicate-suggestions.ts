import { boundedEditDistance } from './bounded-edit-distance';
import { foldAcronym } from './fold-acronym';
import { isAcronym } from './is-acronym';
import { nameInitials } from './name-initials';
import { signatoryNameParts, type SignatoryNameParts } from './signatory-name-parts';

/** What duplicate detection reads of a signatory. */
export interface SuggestionCandidate {
  id: number;
  name: string;
  acronym: string | null;
  countryCode: string | null;
}

export const SUGGESTION_REASONS = {
  'same-name': 'Same name once normalized',
  'similar-spelling': 'Spelled almost the same',
  acronym: 'One is the acronym of the other',
  'country-suffix': 'Same name, one with a country added',
} as const;
export type SuggestionReason = keyof typeof SUGGESTION_REASONS;

/** Two signatories that may be one organization, for a person to decide. */
export interface DuplicateSuggestion {
  firstId: number;
  secondId: number;
  reason: SuggestionReason;
}

export interface FindSuggestionsOptions {
  /** Whether a person already said these two are distinct organizations. */
  isDecidedDistinct?(first: SuggestionCandidate, second: SuggestionCandidate): boolean;
}

interface Prepared {
  candidate: SuggestionCandidate;
  parts: SignatoryNameParts;
  compact: string;
  country: string | null;
  acronyms: string[];
}

const BLOCK_EDGE = 6;
/** Blocks bigger than this are names sharing a long common start or end; they are compared by length window only. */
const LARGE_BLOCK = 400;

/** How many typing mistakes a key of this length may hold and still be suggested. */
function allowedDistance(length: number): number {
  if (length < 6) return 0;
  if (length < 16) return 1;
  if (length < 32) return 2;
  return 3;
}

function prepare(candidate: SuggestionCandidate): Prepared {
  const parts = signatoryNameParts(candidate.name);
  const acronyms = new Set<string>();
  const explicit = candidate.acronym ?? parts.acronym;
  if (explicit) acronyms.add(foldAcronym(explicit));
  if (isAcronym(candidate.name)) acronyms.add(foldAcronym(candidate.name));
  return {
    candidate,
    parts,
    compact: parts.key.replace(/ /g, ''),
    country: candidate.countryCode ?? parts.countrySuffixCode,
    acronyms: [...acronyms].filter((acronym) => acronym.length >= 2),
  };
}

/**
 * Pairs of signatories that look like one organization: the same key, a near spelling (edit
 * distance within blocks sharing a start or an end, never all pairs), an acronym and its full name,
 * or a name with and without a country suffix. Two names for different countries are never paired.
 */
export function findDuplicateSuggestions(candidates: readonly SuggestionCandidate[], options: FindSuggestionsOptions = {}): DuplicateSuggestion[] {
  const prepared = candidates.map(prepare);
  const found = new Map<string, DuplicateSuggestion>();

  const consider = (first: Prepared, second: Prepared, reason: SuggestionReason): void => {
    if (first.candidate.id === second.candidate.id) return;
    if (first.country && second.country && first.country !== second.country) return;
    const [low, high] = first.candidate.id < second.candidate.id ? [first, second] : [second, first];
    const pairKey = `${low.candidate.id}:${high.candidate.id}`;
    if (found.has(pairKey)) return;
    if (options.isDecidedDistinct?.(low.candidate, high.candidate)) return;
    found.set(pairKey, { firstId: low.candidate.id, secondId: high.candidate.id, reason });
  };

  const byKey = groupBy(prepared, (item) => [item.parts.key]);
  for (const group of byKey.values()) eachPair(group, (first, second) => consider(first, second, 'same-name'));

  const byEdge = groupBy(prepared, (item) =>
    item.compact.length >= BLOCK_EDGE ? [`<${item.compact.slice(0, BLOCK_EDGE)}`, `>${item.compact.slice(-BLOCK_EDGE)}`] : [],
  );
  for (const block of byEdge.values()) {
    if (block.length < 2) continue;
    const sorted = block.length > LARGE_BLOCK ? [...block].sort((a, b) => a.compact.length - b.compact.length) : block;
    for (let index = 0; index < sorted.length; index += 1) {
      const first = sorted[index]!;
      for (let other = index + 1; other < sorted.length; other += 1) {
        const second = sorted[other]!;
        const limit = allowedDistance(Math.min(first.compact.length, second.compact.length));
        const lengthGap = Math.abs(first.compact.length - second.compact.length);
        if (lengthGap > limit) {
          if (sorted !== block) break;
          continue;
        }
        if (first.parts.key === second.parts.key || limit === 0) continue;
        if (boundedEditDistance(first.compact, second.compact, limit) <= limit) consider(first, second, 'similar-spelling');
      }
    }
  }

  const byInitials = groupBy(prepared, (item) => nameInitials(item.parts.key));
  const byAcronym = groupBy(prepared, (item) => item.acronyms);
  for (const item of prepared) {
    for (const acronym of item.acronyms) {
      for (const other of byInitials.get(acronym) ?? []) consider(item, other, 'acronym');
      const sharing = byAcronym.get(acronym) ?? [];
      if (sharing.length <= 20) for (const other of sharing) if (other.parts.key !== item.parts.key) consider(item, other, 'acronym');
    }
  }

  const bySuffixBase = groupBy(prepared, (item) => (item.parts.countrySuffixCode ? [item.parts.baseKey] : []));
  for (const item of prepared) {
    if (item.parts.countrySuffixCode) continue;
    for (const other of bySuffixBase.get(item.parts.key) ?? []) consider(item, other, 'country-suffix');
  }

  return [...found.values()];
}

function groupBy<Item>(items: readonly Item[], keysOf: (item: Item) => readonly string[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

function eachPair<Item>(items: readonly Item[], visit: (first: Item, second: Item) => void): void {
  for (let index = 0; index < items.length; index += 1) {
    for (let other = index + 1; other < items.length; other += 1) visit(items[index]!, items[other]!);
  }
}
