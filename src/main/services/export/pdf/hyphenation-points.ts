import createHyphenator from 'hyphen';
import englishPatterns from 'hyphen/patterns/en-gb.js';
import spanishPatterns from 'hyphen/patterns/es.js';
import frenchPatterns from 'hyphen/patterns/fr.js';
import type { LetterLanguage } from '../../../../shared/model/page-settings';

const MARKER = '\u00ad';
/** TeX's \lefthyphenmin and \righthyphenmin: never leave fewer letters on either side of a hyphen. */
export const MINIMUM_BEFORE = 3;
export const MINIMUM_AFTER = 3;
const MINIMUM_WORD_LENGTH = MINIMUM_BEFORE + MINIMUM_AFTER;
const MAXIMUM_CACHED_WORDS = 50_000;

const PATTERNS: Record<LetterLanguage, unknown> = { en: englishPatterns, fr: frenchPatterns, es: spanishPatterns };
const hyphenators = new Map<LetterLanguage, (text: string) => string>();
const cachedPoints = new Map<string, number[]>();
const LETTERS_ONLY = /^\p{L}+$/u;
/** A capital after the first letter: an acronym or a name written in capitals ("CICC", "McDonald"). */
const INNER_CAPITAL = /^.\p{L}*\p{Lu}/u;
/**
 * English "-ization"/"-isation" words break as Oxford's and Cambridge's dictionaries divide them,
 * "organ-iza-tions", where the en-GB patterns give "organiz-ations"; points inside the stem come from the patterns.
 */
const ENGLISH_IZATION = /^(\p{L}{3,}?)([iy][sz]a)(tions?)$/u;

/**
 * Where a word may take a hyphen, as offsets into the word (UTF-16 units), using the
 * hyphen package's TeX patterns for the letter's language. Words with anything but letters get none.
 */
export function hyphenationPoints(word: string, language: LetterLanguage): number[] {
  if (word.length < MINIMUM_WORD_LENGTH || !LETTERS_ONLY.test(word) || INNER_CAPITAL.test(word)) return [];
  const key = language + ':' + word;
  const cached = cachedPoints.get(key);
  if (cached) return cached;
  let hyphenate = hyphenators.get(language);
  if (!hyphenate) {
    hyphenate = createHyphenator(PATTERNS[language], { hyphenChar: MARKER, minWordLength: MINIMUM_WORD_LENGTH });
    hyphenators.set(language, hyphenate);
  }
  const ization = language === 'en' ? ENGLISH_IZATION.exec(word) : null;
  const stem = ization ? ization[1]! : word;
  const marked = hyphenate(stem);
  const points: number[] = [];
  let offset = 0;
  for (const character of marked) {
    if (character === MARKER) {
      if (offset >= MINIMUM_BEFORE && word.length - offset >= MINIMUM_AFTER && (!ization || stem.length - offset >= MINIMUM_AFTER))
        points.push(offset);
    } else {
      offset += character.length;
    }
  }
  if (ization) points.push(stem.length, stem.length + ization[2]!.length);
  if (cachedPoints.size >= MAXIMUM_CACHED_WORDS) cachedPoints.clear();
  cachedPoints.set(key, points);
  return points;
}
