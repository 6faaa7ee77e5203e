import type { FontFamily } from '../../../../shared/model/page-settings';
import { fallbackFaceName, primaryFaceName } from './font-faces';
import { loadFontFace } from './load-font-face';
import { shapeText } from './shape-text';

/**
 * Reads and parses, in this thread, the faces that words in other scripts need, and shapes the words once: fontkit decodes a
 * face's cmap, GSUB and GPOS tables and builds its shaping plan on first use, which made the first letter with such names in a
 * fresh export worker two to three times slower than a Latin one. The shaped words stay in the process's cache, so the letters
 * that print them start from there. Words the family draws by itself cost one cache entry each and load nothing.
 */
export function warmScriptFaces(words: readonly string[], family: FontFamily): void {
  const primary = loadFontFace(primaryFaceName(family, 'regular'));
  const fallback = loadFontFace(fallbackFaceName(family, 'regular'));
  for (const word of words) shapeText(primary, fallback, word);
}
