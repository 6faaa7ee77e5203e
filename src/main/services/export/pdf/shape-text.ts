import { faceForCharacter } from './face-for-character';
import { hasGlyph } from './has-glyph';
import type { FontFace, ShapedPiece, ShapedText } from './load-font-face';

const MAXIMUM_CACHED_TEXTS = 50_000;
const MISSING_GLYPH_ID = 0;
const REPLACEMENT_CHARACTER = '\uFFFD';
/** Marks, joiners, digits and punctuation stay in the face of the script before them, so a word is shaped whole. */
const STAYS_WITH_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

function shapePiece(face: FontFace, text: string): ShapedPiece {
  const run = face.font.layout(text);
  const unitsPerEm = face.font.unitsPerEm;
  const rightToLeft = run.direction === 'rtl';
  const glyphIds: number[] = new Array(run.glyphs.length);
  const advances: number[] = new Array(run.glyphs.length);
  let xOffsets: number[] | undefined;
  let yOffsets: number[] | undefined;
  let width = 0;
  let extracted = '';
  for (let index = 0; index < run.glyphs.length; index++) {
    const glyph = run.glyphs[index]!;
    const position = run.positions[index]!;
    const advance = position.xAdvance / unitsPerEm;
    glyphIds[index] = glyph.id;
    advances[index] = advance;
    width += advance;
    if (position.xOffset !== 0 || position.yOffset !== 0) {
      xOffsets ??= new Array<number>(run.glyphs.length).fill(0);
      yOffsets ??= new Array<number>(run.glyphs.length).fill(0);
      xOffsets[index] = position.xOffset / unitsPerEm;
      yOffsets[index] = position.yOffset / unitsPerEm;
    }
    if (!face.glyphAdvances.has(glyph.id)) {
      face.glyphAdvances.set(glyph.id, glyph.advanceWidth / unitsPerEm);
      // Every character the face lacks becomes glyph 0 (the box): it reads back as U+FFFD, not as the first such character met.
      if (glyph.id === MISSING_GLYPH_ID) face.glyphTexts.set(glyph.id, REPLACEMENT_CHARACTER);
      else if (glyph.codePoints.length === 0) face.glyphTexts.set(glyph.id, '');
      else {
        // A reader reverses right-to-left glyphs into logical order, so a ligature's characters are stored reversed to come out right.
        const characters = String.fromCodePoint(...glyph.codePoints);
        face.glyphTexts.set(glyph.id, rightToLeft ? [...characters].reverse().join('') : characters);
      }
    }
    extracted += face.glyphTexts.get(glyph.id) ?? '';
  }
  const piece: ShapedPiece = { face, text, glyphIds, advances, width, rightToLeft };
  if (xOffsets && yOffsets) {
    piece.xOffsets = xOffsets;
    piece.yOffsets = yOffsets;
  }
  // Reordered glyphs (an Indic vowel sign drawn before its consonant) or glyphs shared by several letters (an Arabic skeleton and its dots)
  // would copy out wrong: the run says what it stands for.
  // pdftotext puts right-to-left text back in logical order after replacing glyphs with their ActualText, so that text is given in drawing order.
  const drawingOrder = rightToLeft ? [...text].reverse().join('') : text;
  if (extracted !== drawingOrder) piece.actualText = drawingOrder;
  return piece;
}

/**
 * Shapes a text (kerning, ligatures, joining, reordering, mark positioning) in the primary face,
 * switching per character to the face of its script or the Latin fallback where the primary face
 * lacks it. Results are cached on the primary face for the process.
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
    let face: FontFace;
    if (segmentFace !== null && segmentFace !== primary && segmentFace !== fallback && STAYS_WITH_SCRIPT.test(character) && hasGlyph(segmentFace, codePoint)) {
      face = segmentFace;
    } else {
      face = faceForCharacter(primary, fallback, character, text) ?? primary;
    }
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
