import type { FontFamily } from '../../../../shared/model/page-settings';
import { fallbackFaceName, FONT_STYLES, primaryFaceName } from './font-faces';
import { hasGlyph } from './has-glyph';
import { loadFontFace } from './load-font-face';

/** What the layout never draws: the spaces it breaks lines at and the control characters it removes. */
const DROPPED_BY_LAYOUT = /^[\p{Cc} ]$/u;

/**
 * The characters of a text that neither the family's faces nor their Noto fallbacks can draw, in
 * any of the four styles: each would print as a missing-glyph box. Each character is listed once,
 * in the order it first appears; an empty string when everything prints.
 */
export function findUnprintableCharacters(text: string, fontFamily: FontFamily): string {
  const faces = FONT_STYLES.map((style) => ({
    primary: loadFontFace(primaryFaceName(fontFamily, style)),
    fallback: loadFontFace(fallbackFaceName(fontFamily, style)),
  }));
  const found = new Set<string>();
  for (const character of text) {
    if (found.has(character) || DROPPED_BY_LAYOUT.test(character)) continue;
    const codePoint = character.codePointAt(0)!;
    if (faces.some(({ primary, fallback }) => !hasGlyph(primary, codePoint) && !hasGlyph(fallback, codePoint))) found.add(character);
  }
  return [...found].join('');
}
