import createHyphenator from 'hyphen';
import englishPatterns from 'hyphen/patterns/en-gb.js';
import spanishPatterns from 'hyphen/patterns/es.js';
import frenchPatterns from 'hyphen/patterns/fr.js';
import type { LetterLanguage } from '../../../../shared/model/page-settings';

const MARKER = '\u00ad';
/** TeX's \lefthyphenmin and \righthyphenmin: never leave fewer letters on either side of a hyphen. */
const MINIMUM_BEFORE = 2;
const MINIMUM_AFTER = 3;
const MINIMUM_WORD_LENGTH = 5;
const MAXIMUM_CACHED_WORDS = 50_000;

const PATTERNS: Record<LetterLanguage, unknown> = { en: englishPatterns, fr: frenchPatterns, es: spanishPatterns };
const hyphenators = new Map<LetterLanguage, (text: string) => string>();
const cachedPoints = new Map<string, number[]>();
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Where a word may take a hyphen, as offsets into the word (UTF-16 units), using the
 * hyphen package's TeX patterns for the letter's language. Words with anything but letters get none.
 */
export function hyphenationPoints(word: string, language: LetterLanguage): number[] {
  if (word.length < MINIMUM_WORD_LENGTH || !LETTERS_ONLY.test(word)) return [];
  const key = language + ':' + word;
  const cached = cachedPoints.get(key);
  if (cached) return cached;
  let hyphenate = hyphenators.get(language);
  if (!hyphenate) {
    hyphenate = createHyphenator(PATTERNS[language], { hyphenChar: MARKER, minWordLength: MINIMUM_WORD_LENGTH });
    hyphenators.set(language, hyphenate);
  }
  const marked = hyphenate(word);
  const points: number[] = [];
  let offset = 0;
  for (const character of marked) {
    if (character === MARKER) {
      if (offset >= MINIMUM_BEFORE && word.length - offset >= MINIMUM_AFTER) points.push(offset);
    } else {
      offset += character.length;
    }
  }
  if (cachedPoints.size >= MAXIMUM_CACHED_WORDS) cachedPoints.clear();
  cachedPoints.set(key, points);
  return points;
}
