import type { FontFace } from './load-font-face';

/** Whether a face has a glyph for a code point, looked up once per face and code point for the process. */
export function hasGlyph(face: FontFace, codePoint: number): boolean {
  let covered = face.coverage.get(codePoint);
  if (covered === undefined) {
    covered = face.font.hasGlyphForCodePoint(codePoint);
    face.coverage.set(codePoint, covered);
  }
  return covered;
}
