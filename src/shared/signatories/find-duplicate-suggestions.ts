import { boundedEditDistance } from './bounded-edit-distance';
import { foldAcronym } from './fold-acronym';
import { isAcronym } from './is-acronym';
import { nameInitials } from './name-initials';
import { signatoryNameParts, type SignatoryNameParts } from './signatory-name-parts';
import type { SuggestionReason } from './suggestion-reasons';

/** What duplicate detection reads of a signatory. */
export interface SuggestionCandidate {
  id: number;
  name: string;
  acronym: string | null;
  countryCode: string | null;
}


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

/** What matching derives from a name alone, kept between runs (import, then the review screen). */
interface NameFeatures {
  parts: SignatoryNameParts;
  compact: string;
  reversed: string;
  digits: string;
  /** How many times each letter (folded into 32 bins) occurs: a cheap lower bound of the edit distance. */
  letterCounts: Uint8Array;
  /** Distinct words of five letters or more, for rare-word blocks. */
  words: string[];
  initials: string[];
  /** The name itself folded, when it is an acronym ("HRW"). */
  nameAsAcronym: string | null;
  /** The first and last characters of the compact key, the blocks a near spelling is looked for in; null when short. */
  startBlock: string | null;
  endBlock: string | null;
}

interface Prepared {
  candidate: SuggestionCandidate;
  parts: SignatoryNameParts;
  compact: string;
  reversed: string;
  digits: string;
  letterCounts: Uint8Array;
  features: NameFeatures;
  country: string | null;
  acronyms: string[];
}

const BLOCK_EDGE = 6;
/** Blocks up to this size are compared pair by pair; bigger ones only between sorted neighbours. */
const SMALL_BLOCK = 50;
const NEIGHBOUR_WINDOW = 20;
/** An acronym that could stand for more names than this is not suggested. */
const AMBIGUOUS_ACRONYM = 20;
/** A word shared by at most this many names blocks them together. */
const RARE_WORD_BLOCK = 25;

/** How many typing mistakes a key of this length may hold and still be suggested. */
function allowedDistance(length: number): number {
  if (length < 6) return 0;
  if (length < 16) return 1;
  if (length < 32) return 2;
  return 3;
}

const FEATURE_CACHE_LIMIT = 50_000;
const featureCache = new Map<string, NameFeatures>();

function nameFeatures(name: string): NameFeatures {
  const cached = featureCache.get(name);
  if (cached) return cached;
  const parts = signatoryNameParts(name);
  const compact = parts.key.replace(/ /g, '');
  const features: NameFeatures = {
    parts,
    compact,
    reversed: reverseText(compact),
    letterCounts: countLetters(compact),
    digits: compact.replace(/\D/g, ''),
    words: [...new Set(parts.key.split(' ').filter((word) => word.length >= 5))],
    initials: nameInitials(parts.key),
    nameAsAcronym: isAcronym(name) ? foldAcronym(name) : null,
    startBlock: compact.length >= BLOCK_EDGE ? compact.slice(0, BLOCK_EDGE) : null,
    endBlock: compact.length >= BLOCK_EDGE ? compact.slice(-BLOCK_EDGE) : null,
  };
  if (featureCache.size >= FEATURE_CACHE_LIMIT) featureCache.clear();
  featureCache.set(name, features);
  return features;
}

function prepare(candidate: SuggestionCandidate): Prepared {
  const features = nameFeatures(candidate.name);
  const acronyms = new Set<string>();
  const explicit = candidate.acronym ?? features.parts.acronym;
  if (explicit) acronyms.add(foldAcronym(explicit));
  if (features.nameAsAcronym) acronyms.add(features.nameAsAcronym);
  return {
    candidate,
    parts: features.parts,
    compact: features.compact,
    reversed: features.reversed,
    digits: features.digits,
    letterCounts: features.letterCounts,
    features,
    country: candidate.countryCode ?? features.parts.countrySuffixCode,
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

  const byKey = groupByOne(prepared, (item) => item.parts.key);
  for (const group of byKey.values()) {
    if (group.length <= SMALL_BLOCK) eachPair(group, (first, second) => consider(first, second, 'same-name'));
    // Many signatories of one name (one per country, say) are chained, not paired all with all.
    else for (let index = 1; index < group.length; index += 1) consider(group[index - 1]!, group[index]!, 'same-name');
  }

  const spellingPair = (first: Prepared, second: Prepared): void => {
    const limit = allowedDistance(Math.min(first.compact.length, second.compact.length));
    if (limit === 0 || Math.abs(first.compact.length - second.compact.length) > limit) return;
    // Numbers tell organizations apart ("Local 12", "Local 13"); keys equal are paired as same-name.
    if (first.digits !== second.digits || first.parts.key === second.parts.key) return;
    if (lettersTooDifferent(first.letterCounts, second.letterCounts, limit)) return;
    if (boundedEditDistance(first.compact, second.compact, limit) <= limit) consider(first, second, 'similar-spelling');
  };
  const blocks = [
    { fromEnd: false, groups: groupByOne(prepared, (item) => item.features.startBlock) },
    { fromEnd: true, groups: groupByOne(prepared, (item) => item.features.endBlock) },
  ];
  for (const { fromEnd, groups } of blocks) {
    for (const block of groups.values()) {
      if (block.length < 2) continue;
      if (block.length <= SMALL_BLOCK) {
        eachPairOfSimilarLength(block, spellingPair);
        continue;
      }
      // A big block (many names sharing a start or an end) is sorted on the other end and only neighbours are compared.
      const sorted = [...block].sort((a, b) => compareText(fromEnd ? a.reversed : a.compact, fromEnd ? b.reversed : b.compact));
      for (let index = 0; index < sorted.length; index += 1) {
        for (let other = index + 1; other < Math.min(sorted.length, index + 1 + NEIGHBOUR_WINDOW); other += 1) spellingPair(sorted[index]!, sorted[other]!);
      }
    }
  }
  // A typo leaves the other words intact: names sharing a rare word are compared too.
  const byRareWord = groupBy(prepared, (item) => item.features.words);
  for (const block of byRareWord.values()) if (block.length >= 2 && block.length <= RARE_WORD_BLOCK) eachPairOfSimilarLength(block, spellingPair);

  const byInitials = groupBy(prepared, (item) => item.features.initials);
  const byAcronym = groupBy(prepared, (item) => item.acronyms);
  for (const item of prepared) {
    for (const acronym of item.acronyms) {
      const expansions = byInitials.get(acronym) ?? [];
      // Initials shared by many names ("HR") say nothing about which one is meant.
      if (expansions.length <= AMBIGUOUS_ACRONYM) for (const other of expansions) consider(item, other, 'acronym');
      const sharing = byAcronym.get(acronym) ?? [];
      if (sharing.length <= AMBIGUOUS_ACRONYM) for (const other of sharing) if (other.parts.key !== item.parts.key) consider(item, other, 'acronym');
    }
  }

  const bySuffixBase = groupBy(prepared, (item) => (item.parts.countrySuffixCode ? [item.parts.baseKey] : []));
  for (const item of prepared) {
    if (item.parts.countrySuffixCode) continue;
    for (const other of bySuffixBase.get(item.parts.key) ?? []) consider(item, other, 'country-suffix');
  }

  return [...found.values()];
}

function countLetters(text: string): Uint8Array {
  const counts = new Uint8Array(32);
  for (let index = 0; index < text.length; index += 1) {
    const bin = text.charCodeAt(index) & 31;
    if (counts[bin]! < 255) counts[bin]! += 1;
  }
  return counts;
}

/**
 * Whether the bag distance exceeds `limit`: an edit changes at most one letter's count each way,
 * so a bigger bag distance means a bigger edit distance.
 */
function lettersTooDifferent(first: Uint8Array, second: Uint8Array, limit: number): boolean {
  let surplus = 0;
  let deficit = 0;
  for (let bin = 0; bin < 32; bin += 1) {
    const difference = first[bin]! - second[bin]!;
    if (difference > 0) surplus += difference;
    else deficit -= difference;
    if (surplus > limit || deficit > limit) return true;
  }
  return false;
}

function reverseText(text: string): string {
  let reversed = '';
  for (let index = text.length - 1; index >= 0; index -= 1) reversed += text[index];
  return reversed;
}

function compareText(first: string, second: string): number {
  return first < second ? -1 : first > second ? 1 : 0;
}

function groupByOne<Item>(items: readonly Item[], keyOf: (item: Item) => string | null): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
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

/** Pairs whose compact keys differ in length by no more than the largest allowed distance. */
function eachPairOfSimilarLength(items: readonly Prepared[], visit: (first: Prepared, second: Prepared) => void): void {
  const sorted = [...items].sort((a, b) => a.compact.length - b.compact.length);
  const widest = allowedDistance(Number.MAX_SAFE_INTEGER);
  for (let index = 0; index < sorted.length; index += 1) {
    const first = sorted[index]!;
    for (let other = index + 1; other < sorted.length && sorted[other]!.compact.length - first.compact.length <= widest; other += 1) visit(first, sorted[other]!);
  }
}

function eachPair<Item>(items: readonly Item[], visit: (first: Item, second: Item) => void): void {
  for (let index = 0; index < items.length; index += 1) {
    for (let other = index + 1; other < items.length; other += 1) visit(items[index]!, items[other]!);
  }
}
