import { faceForCharacter } from './face-for-character';
import { glyphClusterTexts } from './glyph-cluster-texts';
import { hasGlyph } from './has-glyph';
import { shapeWithCodePoints } from './shape-with-code-points';
import type { FontFace, ShapedPiece, ShapedText } from './load-font-face';

const MAXIMUM_CACHED_TEXTS = 50_000;
/** Marks, joiners, digits and punctuation stay in the face of the script before them, so a word is shaped whole. */
const NON_SPACING_MARK = /\p{Mn}/u;
/** Leading marks, then letters up to the next mark, then the rest. */
const MARKS_AROUND_LETTERS = /^(\p{Mn}*)(\P{Mn}*)([^]*)$/u;
const STAYS_WITH_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;

const layouts = new WeakMap<FontFace, ReturnType<typeof shapeWithCodePoints>>();

/**
 * pdf.js gives a glyph whose text holds a non-spacing mark no width when it reads text, so a
 * conjunct standing for "क्ष" would leave the words after it misplaced (and split by a space).
 * Such a glyph keeps the letters before and after the marks, and the marks go onto an empty
 * glyph (the space, drawn with no advance) just before or after it: the text reads the same in
 * drawing order, and every glyph with a width stands for text without marks.
 */
function withMarksOnCarriers(piece: ShapedPiece): ShapedPiece {
  const glyphIds: number[] = [];
  const advances: number[] = [];
  const glyphTexts: string[] = [];
  const xOffsets: number[] = [];
  const yOffsets: number[] = [];
  const push = (glyphId: number, advance: number, text: string, xOffset: number, yOffset: number): void => {
    glyphIds.push(glyphId);
    advances.push(advance);
    glyphTexts.push(text);
    xOffsets.push(xOffset);
    yOffsets.push(yOffset);
  };
  const carrier = piece.face.spaceGlyphId;
  for (let index = 0; index < piece.glyphIds.length; index++) {
    const text = piece.glyphTexts[index]!;
    const xOffset = piece.xOffsets?.[index] ?? 0;
    const yOffset = piece.yOffsets?.[index] ?? 0;
    const parts = piece.advances[index]! > 0 ? MARKS_AROUND_LETTERS.exec(text) : null;
    if (parts === null || parts[2] === '' || (parts[1] === '' && parts[3] === '')) {
      push(piece.glyphIds[index]!, piece.advances[index]!, text, xOffset, yOffset);
      continue;
    }
    const [, before, letters, after] = parts as unknown as [string, string, string, string];
    if (before !== '') push(carrier, 0, before, 0, 0);
    push(piece.glyphIds[index]!, piece.advances[index]!, letters, xOffset, yOffset);
    if (after !== '') push(carrier, 0, after, 0, 0);
  }
  const split: ShapedPiece = { ...piece, glyphIds, advances, glyphTexts };
  if (piece.xOffsets) {
    split.xOffsets = xOffsets;
    split.yOffsets = yOffsets;
  }
  return split;
}

function shapePiece(face: FontFace, text: string): ShapedPiece {
  let layout = layouts.get(face);
  if (!layout) {
    layout = shapeWithCodePoints(face.font);
    layouts.set(face, layout);
  }
  const { run, codePoints } = layout(text);
  const unitsPerEm = face.font.unitsPerEm;
  const rightToLeft = run.direction === 'rtl';
  const glyphIds: number[] = new Array(run.glyphs.length);
  const advances: number[] = new Array(run.glyphs.length);
  let xOffsets: number[] | undefined;
  let yOffsets: number[] | undefined;
  let width = 0;
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
    if (!face.glyphAdvances.has(glyph.id)) face.glyphAdvances.set(glyph.id, glyph.advanceWidth / unitsPerEm);
  }
  const glyphTexts = glyphClusterTexts(text, codePoints, advances, rightToLeft);
  const piece: ShapedPiece = { face, text, glyphIds, advances, glyphTexts, width, rightToLeft };
  if (xOffsets && yOffsets) {
    piece.xOffsets = xOffsets;
    piece.yOffsets = yOffsets;
  }
  for (const text of glyphTexts) {
    if (NON_SPACING_MARK.test(text)) return withMarksOnCarriers(piece);
  }
  return piece;
}

/**
 * Shapes a text (kerning, ligatures, joining, reordering, mark positioning) in the primary face,
 * switching per character to the face of its script or the Latin fallback where the primary face
 * lacks it. `neutralFace`, when given, draws the punctuation and other characters of no script
 * that it has (a dash or a bracket inside a right-to-left stretch, drawn in that stretch's face so
 * the stretch stays one run). Results are cached on the primary face for the process.
 */
export function shapeText(primary: FontFace, fallback: FontFace, text: string, neutralFace: FontFace | null = null): ShapedText {
  const key = neutralFace === null ? text : `${neutralFace.name}\u0000${text}`;
  const cached = primary.shapedTexts.get(key);
  if (cached) return cached;
  const pieces: ShapedPiece[] = [];
  let segmentStart = 0;
  let segmentFace: FontFace | null = null;
  let offset = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    let face: FontFace;
    if (neutralFace !== null && STAYS_WITH_SCRIPT.test(character) && hasGlyph(neutralFace, codePoint)) {
      face = neutralFace;
    } else if (
      segmentFace !== null &&
      segmentFace !== primary &&
      segmentFace !== fallback &&
      STAYS_WITH_SCRIPT.test(character) &&
      hasGlyph(segmentFace, codePoint)
    ) {
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
  primary.shapedTexts.set(key, shaped);
  return shaped;
}
