import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { resourcesDir } from '../../resources-dir';
import { fontFaceFile, type FontFaceName } from './font-faces';

/** One parsed font file with its per-process caches; measures are in ems (multiply by the size in points). */
export interface FontFace {
  name: FontFaceName;
  font: fontkit.Font;
  bytes: Uint8Array;
  ascender: number;
  descender: number;
  spaceGlyphId: number;
  spaceAdvance: number;
  hyphenGlyphId: number;
  hyphenAdvance: number;
  /** Natural advance of every glyph met so far, in ems. */
  glyphAdvances: Map<number, number>;
  /** Shaped words, so a word is shaped once per process. */
  shapedTexts: Map<string, ShapedText>;
  /** Whether this face has a glyph for a code point, as looked up so far. */
  coverage: Map<number, boolean>;
}

/** A piece of text shaped in one face: glyph ids and their advances in ems (kerning applied). */
export interface ShapedPiece {
  face: FontFace;
  /** The characters shaped. */
  text: string;
  glyphIds: number[];
  advances: number[];
  /** What each glyph stands for, as the PDF's ToUnicode map gives it: see glyphClusterTexts. */
  glyphTexts: string[];
  /** Mark positioning, in ems, when any glyph is moved off its pen position (absent otherwise). */
  xOffsets?: number[];
  yOffsets?: number[];
  width: number;
  /** Shaped right to left: the glyphs are in visual order, the text in logical order. */
  rightToLeft: boolean;
}

/** A text shaped with fallback: usually one piece, more when the main face lacks a character. */
export interface ShapedText {
  pieces: ShapedPiece[];
  width: number;
}

const loadedFaces = new Map<FontFaceName, FontFace>();

/** Parses a bundled font once per process and returns the same face afterwards. */
export function loadFontFace(name: FontFaceName): FontFace {
  const loaded = loadedFaces.get(name);
  if (loaded) return loaded;
  const path = join(resourcesDir(), 'fonts', fontFaceFile(name));
  // A plain Uint8Array over the file's own memory, not a copy (copying the 7-11 MB CJK faces cost more than reading them) and
  // not a Buffer, whose slice() would share memory with the file where the subsetter expects a copy.
  const file = readFileSync(path);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const font = fontkit.create(bytes);
  const unitsPerEm = font.unitsPerEm;
  const space = font.glyphForCodePoint(0x20);
  const hyphen = font.glyphForCodePoint(0x2d);
  const face: FontFace = {
    name,
    font,
    bytes,
    ascender: font.ascent / unitsPerEm,
    descender: font.descent / unitsPerEm,
    spaceGlyphId: space.id,
    spaceAdvance: space.advanceWidth / unitsPerEm,
    hyphenGlyphId: hyphen.id,
    hyphenAdvance: hyphen.advanceWidth / unitsPerEm,
    glyphAdvances: new Map([
      [space.id, space.advanceWidth / unitsPerEm],
      [hyphen.id, hyphen.advanceWidth / unitsPerEm],
    ]),
    shapedTexts: new Map(),
    coverage: new Map(),
  };
  loadedFaces.set(name, face);
  return face;
}
