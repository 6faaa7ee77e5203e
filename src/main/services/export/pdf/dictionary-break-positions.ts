/** Scripts written without spaces between words, which UAX #14 leaves to a dictionary (line-break class SA). */
const NEEDS_DICTIONARY = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const NEEDS_DICTIONARY_AT_START = /^[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | null = null;

/**
 * Positions inside runs of Thai, Lao, Khmer or Myanmar where a line may break: the word
 * boundaries of ICU's dictionary segmenter (Intl.Segmenter, in Node and Electron alike) that fall
 * between two letters of such a script. Empty, after one regular-expression test, for other text.
 */
export function dictionaryBreakPositions(text: string): number[] {
  if (!NEEDS_DICTIONARY.test(text)) return [];
  segmenter ??= new Intl.Segmenter('th', { granularity: 'word' });
  const positions: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    if (index === 0) continue;
    if (NEEDS_DICTIONARY_AT_START.test(text.slice(index, index + 1)) && NEEDS_DICTIONARY.test(text.slice(index - 1, index)))
      positions.push(index);
  }
  return positions;
}
