import { AlignmentType, LevelFormat, type NumberingDefinition } from 'docx';

const LEVELS = 9;
const INDENT_STEP_TWIPS = 425;
/** Bullets the bundled fonts all have, so a bullet never falls back to Symbol. */
const BULLETS = ['•', '–', '•', '–', '•', '–', '•', '–', '•'];

/** The left indent of a list paragraph at a nesting level, in twips. */
export function listIndentTwips(level: number): number {
  return INDENT_STEP_TWIPS * (level + 1);
}

/**
 * A Word numbering definition for bullets or for numbers starting at `start`, drawn in the letter's font.
 * Lists that share a definition are still separate lists: each takes its own `instance` (a w:num with start overrides).
 */
export function listNumberingDefinition(ordered: boolean, start: number, font: string): NumberingDefinition {
  return {
    reference: ordered ? `ordered-from-${start}` : 'bullet',
    levels: Array.from({ length: LEVELS }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : BULLETS[level]!,
      start: ordered && level === 0 ? start : 1,
      alignment: AlignmentType.LEFT,
      style: {
        paragraph: { indent: { left: listIndentTwips(level), hanging: INDENT_STEP_TWIPS } },
        run: { font },
      },
    })),
  };
}
