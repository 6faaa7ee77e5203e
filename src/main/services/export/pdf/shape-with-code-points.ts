import type * as fontkit from 'fontkit';

/** The parts of fontkit's OpenType layout engine read here: its per-run glyph records, which it drops after each layout. */
interface LayoutEngineInternals {
  engine?: {
    glyphInfos: { codePoints: number[] }[] | null;
    substitute?(glyphRun: fontkit.GlyphRun): void;
  };
}

const CAPTURED = Symbol('capturedCodePoints');
type CapturingEngine = NonNullable<LayoutEngineInternals['engine']> & { [CAPTURED]?: number[][] | null };

/**
 * fontkit's layout of a text, with the code points each glyph stands for, in the run's (visual)
 * glyph order. fontkit keeps one Glyph object per glyph id for the font, so `run.glyphs[i].codePoints`
 * are those of the glyph's first use: an Arabic skeleton shared by several letters reports the first
 * letter it drew. The shaping engine's own glyph records carry the right ones; they are read right
 * after substitution, before the engine discards them.
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
    const run = font.layout(text);
    const captured = engine?.[CAPTURED];
    if (captured && captured.length === run.glyphs.length) {
      if (run.direction === 'rtl') captured.reverse();
      return { run, codePoints: captured };
    }
    return { run, codePoints: run.glyphs.map((glyph) => glyph.codePoints) };
  };
}
