import bidiFactory from 'bidi-js';

/** Characters that can start a right-to-left run: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, RTL marks and embeddings. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

let bidi: ReturnType<typeof bidiFactory> | null = null;

/**
 * The embedding level of every UTF-16 unit of a left-to-right line (Unicode Bidirectional
 * Algorithm, rules up to L1), or null when the line holds nothing right-to-left, so Latin text
 * pays one regular-expression test.
 */
export function bidiLevels(text: string): Uint8Array | null {
  if (!RIGHT_TO_LEFT.test(text)) return null;
  bidi ??= bidiFactory();
  return bidi.getEmbeddingLevels(text, 'ltr').levels;
}

/** The character a right-to-left run draws for a mirrored one: "(" for ")" and so on. */
export function mirroredText(text: string): string {
  bidi ??= bidiFactory();
  let mirrored = '';
  for (const character of text) mirrored += bidi.getMirroredCharacter(character) ?? character;
  return mirrored;
}
