import { hasGlyph } from './has-glyph';
import type { FontFace, ShapedPiece, ShapedText } from './load-font-face';

const MAXIMUM_CACHED_TEXTS = 50_000;
const MISSING_GLYPH_ID = 0;
const REPLACEMENT_CHARACTER = '\uFFFD';

function shapePiece(face: FontFace, text: string): ShapedPiece {
  const run = face.font.layout(text);
  const unitsPerEm = face.font.unitsPerEm;
  const glyphIds: number[] = new Array(run.glyphs.length);
  const advances: number[] = new Array(run.glyphs.length);
  let width = 0;
  for (let index = 0; index < run.glyphs.length; index++) {
    const glyph = run.glyphs[index]!;
    const advance = run.positions[index]!.xAdvance / unitsPerEm;
    glyphIds[index] = glyph.id;
    advances[index] = advance;
    width += advance;
    if (!face.glyphAdvances.has(glyph.id)) {
      face.glyphAdvances.set(glyph.id, glyph.advanceWidth / unitsPerEm);
      // Every character the face lacks becomes glyph 0 (the box): it reads back as U+FFFD, not as the first such character met.
      if (glyph.id === MISSING_GLYPH_ID) face.glyphTexts.set(glyph.id, REPLACEMENT_CHARACTER);
      else if (glyph.codePoints.length > 0) face.glyphTexts.set(glyph.id, String.fromCodePoint(...glyph.codePoints));
    }
  }
  return { face, text, glyphIds, advances, width };
}

/**
 * Shapes a text (kerning, ligatures) in the primary face, switching to the fallback face for
 * characters the primary face lacks. Results are cached on the primary face for the process.
 */
export function shapeText(primary: FontFace, fallback: FontFace, text: string): ShapedText {
  const cached = primary.shapedTexts.get(text);
  if (cached) return cached;
  const pieces: ShapedPiece[] = [];
  let segmentStart = 0;
  let segmentFace: FontFace | null = null;
  let offset = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const face = hasGlyph(primary, codePoint) || !hasGlyph(fallback, codePoint) ? primary : fallback;
    if (segmentFace !== null && face !== segmentFace) {
      pieces.push(shapePiece(segmentFace, text.slice(segmentStart, offset)));
      segmentStart = offset;
    }
    segmentFace = face;
    offset += character.length;
  }
  if (segmentFace !== null) pieces.push(shapePiece(segmentFace, text.slice(segmentStart)));
  let width = 0;
  for (const piece of pieces) width += piece.width;
  const shaped: ShapedText = { pieces, width };
  if (primary.shapedTexts.size >= MAXIMUM_CACHED_TEXTS) primary.shapedTexts.clear();
  primary.shapedTexts.set(text, shaped);
  return shaped;
}
