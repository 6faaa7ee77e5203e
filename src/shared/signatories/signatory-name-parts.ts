import { resolveCountry } from '../countries/resolve-country';
import { cleanDisplayName } from './clean-display-name';
import { foldName } from './fold-name';
import { isAcronym } from './is-acronym';

/** What matching needs to know of a signatory's name; the display name itself is never changed. */
export interface SignatoryNameParts {
  /** The matching key: folded, without a trailing acronym in parentheses. */
  key: string;
  /** A trailing acronym in parentheses, as written: "Human Rights Watch (HRW)" -> "HRW". */
  acronym: string | null;
  /** The key without a trailing country ("… – Kenya", "… (Kenya)"), equal to key when there is none. */
  baseKey: string;
  /** The ISO code of that trailing country, or null. */
  countrySuffixCode: string | null;
}

const TRAILING_PARENTHESES = /^(.*\S)\s*\(([^()]+)\)$/u;
const TRAILING_DASH_SEGMENT = /^(.*\S)\s+[-–—]\s+([^-–—]+)$/u;

// Import computes the parts of every name and duplicate detection right after needs them again.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, SignatoryNameParts>();

/** Splits a signatory name into its matching key, trailing acronym and trailing country. */
export function signatoryNameParts(name: string): SignatoryNameParts {
  const cached = cache.get(name);
  if (cached) return cached;
  const parts = computeNameParts(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, parts);
  return parts;
}

function computeNameParts(name: string): SignatoryNameParts {
  let rest = cleanDisplayName(name);
  let acronym: string | null = null;
  const withAcronym = TRAILING_PARENTHESES.exec(rest);
  if (withAcronym && isAcronym(withAcronym[2]!)) {
    acronym = withAcronym[2]!.trim();
    rest = withAcronym[1]!;
  }
  // A name of punctuation or symbols only keeps itself as key, so two such names never merge by an empty key.
  const key = foldName(rest) || foldName(name) || cleanDisplayName(name).toLowerCase();
  let baseKey = key;
  let countrySuffixCode: string | null = null;
  const suffix = TRAILING_PARENTHESES.exec(rest) ?? TRAILING_DASH_SEGMENT.exec(rest);
  if (suffix) {
    const code = resolveCountry(suffix[2]!);
    const base = foldName(suffix[1]!);
    if (code && base) {
      countrySuffixCode = code;
      baseKey = base;
    }
  }
  return { key, acronym, baseKey, countrySuffixCode };
}
