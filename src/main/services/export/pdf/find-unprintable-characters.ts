import type { FontFamily } from '../../../../shared/model/page-settings';
import { faceForCharacter } from './face-for-character';
import { fallbackFaceName, FONT_STYLES, primaryFaceName } from './font-faces';
import { loadFontFace } from './load-font-face';

/** What the layout never draws: the spaces it breaks lines at and the control characters it removes. */
const DROPPED_BY_LAYOUT = /^[\p{Cc} ]$/u;
const WORD = /\S+/gu;

/**
 * The characters of a text that no bundled face can draw in some style: neither the family's
 * faces, nor the face of the character's script, nor the Noto fallbacks. Each would print as a
 * missing-glyph box. Each character is listed once, in the order it first appears; an empty
 * string when everything prints.
 */
export function findUnprintableCharacters(text: string, fontFamily: FontFamily): string {
  const faces = FONT_STYLES.map((style) => ({
    primary: loadFontFace(primaryFaceName(fontFamily, style)),
    fallback: loadFontFace(fallbackFaceName(fontFamily, style)),
  }));
  const found = new Set<string>();
  const checked = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    for (const character of word) {
      if (found.has(character) || DROPPED_BY_LAYOUT.test(character)) continue;
      // A character is looked at once, except where the word around it may decide its face (a character of no script of its own).
      if (checked.has(character) && /\p{L}|\p{M}/u.test(character)) continue;
      checked.add(character);
      if (faces.some(({ primary, fallback }) => faceForCharacter(primary, fallback, character, word) === null)) found.add(character);
    }
  }
  return [...found].join('');
}
