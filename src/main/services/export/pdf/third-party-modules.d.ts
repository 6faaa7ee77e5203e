// Type declarations for the untyped packages the PDF exporter uses, limited to the calls it makes.

declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
    direction: 'ltr' | 'rtl';
  }
  export interface Subset {
    includeGlyph(glyph: number | Glyph): number;
    encode(): Uint8Array;
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    italicAngle: number;
    numGlyphs: number;
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(glyphId: number): Glyph;
    /** Lays out a text, or glyphs (each with the code points it stands for). */
    layout(text: string | Glyph[], features?: string[] | Record<string, boolean>): GlyphRun;
    createSubset(): Subset;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare module 'linebreak' {
  export interface LineBreak {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): LineBreak | null;
  }
}

declare module 'hyphen' {
  type PatternsDefinition = unknown;
  function createHyphenator(
    patterns: PatternsDefinition,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): (text: string) => string;
  export default createHyphenator;
}

declare module 'hyphen/patterns/*' {
  const patterns: unknown;
  export default patterns;
}
