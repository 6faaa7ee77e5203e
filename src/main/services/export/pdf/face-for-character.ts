import { faceStyleOf } from './font-faces';
import { hasGlyph } from './has-glyph';
import { loadFontFace, type FontFace } from './load-font-face';
import { scriptFaceName } from './script-face-name';

/**
 * The face that draws a character: the primary face when it has the glyph, else the bundled face
 * of the character's script (loaded on first use), else the Latin/Greek/Cyrillic fallback. Null
 * when none has it. `context` is the text around the character (a word), for characters whose
 * script it decides.
 */
export function faceForCharacter(primary: FontFace, fallback: FontFace, character: string, context: string): FontFace | null {
  const codePoint = character.codePointAt(0)!;
  if (hasGlyph(primary, codePoint)) return primary;
  const scriptFace = scriptFaceName(character, context, faceStyleOf(primary.name));
  if (scriptFace !== null) {
    const face = loadFontFace(scriptFace);
    if (hasGlyph(face, codePoint)) return face;
  }
  return hasGlyph(fallback, codePoint) ? fallback : null;
}
