import type * as fontkit from 'fontkit';

/** The parts of fontkit's OpenType layout engine read here: its per-run glyph records, which it drops after each layout. */
interface LayoutEngineInternals {
  engine?: {
    glyphInfos: { codePoints: number[] }[] | null;
    substitute?(glyphRun: fontkit.GlyphRun): void;
  };
}

const CAPTURED = Symbol('capturedCodePoints');
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
type CapturingEngine = NonNullable<LayoutEngineInternals['engine']> & { [CAPTURED]?: number[][] | null };

/**
 * fontkit's layout of a text, with the code points each glyph stands for, in the run's (visual)
 * glyph order. fontkit keeps one Glyph object per glyph id for the font, so `run.glyphs[i].codePoints`
 * are those of the glyph's first use: an Arabic skeleton shared by several letters reports the first
 * letter it drew. So the run is shaped from fresh glyph objects holding this text's code points, and
 * the shaping engine's own glyph records, which carry them through substitution, are read right
 * after it, before the engine discards them.
 */
export function shapeWithCodePoints(font: fontkit.Font): (text: string) => { run: fontkit.GlyphRun; codePoints: number[][] } {
  const engine = (font as unknown as { _layoutEngine: LayoutEngineInternals })._layoutEngine.engine as CapturingEngine | undefined;
  if (engine?.substitute && !(CAPTURED in engine)) {
    const substitute = engine.substitute.bind(engine);
    engine[CAPTURED] = null;
    engine.substitute = (glyphRun) => {
      substitute(glyphRun);
      engine[CAPTURED] = engine.glyphInfos?.map((info) => info.codePoints) ?? null;
    };
  }
  return (text) => {
    if (engine) engine[CAPTURED] = null;
    // Fresh glyph objects carrying this text's code points, so shaping starts from the right ones too.
    const glyphs: fontkit.Glyph[] = [];
    for (const character of text) {
      const codePoint = character.codePointAt(0)!;
      const previous = glyphs[glyphs.length - 1];
      if (previous && VARIATION_SELECTOR.test(character)) {
        previous.codePoints.push(codePoint);
        continue;
      }
      const glyph = Object.create(font.glyphForCodePoint(codePoint)) as fontkit.Glyph;
      glyph.codePoints = [codePoint];
      glyphs.push(glyph);
    }
    const run = font.layout(glyphs);
    const captured = engine?.[CAPTURED];
    if (captured && captured.length === run.glyphs.length) {
      if (run.direction === 'rtl') captured.reverse();
      return { run, codePoints: captured };
    }
    return { run, codePoints: run.glyphs.map((glyph) => glyph.codePoints) };
  };
}
