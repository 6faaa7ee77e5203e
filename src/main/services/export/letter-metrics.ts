import type { PageSettings } from '../../../shared/model/page-settings';

/** Sizes, leading and gaps of a letter's parts, in points: the PDF sets them, the DOCX styles carry the same. */
export interface LetterMetrics {
  sizePt: number;
  /** Body leading: size times line spacing, exact in both formats. */
  lineHeight: number;
  /** Space between body paragraphs. */
  paragraphGap: number;
  heading: Record<1 | 2, { sizePt: number; lineHeight: number; spaceBefore: number; spaceAfter: number }>;
  signatoryEntry: (columns: number) => { sizePt: number; lineHeight: number; gap: number; groupSpaceBefore: number; hangingIndent: number };
  /** Gap between signatory list columns. */
  columnGap: number;
  signature: { spaceBefore: number; signingSpace: number; ruleToName: number; ruleWidth: number; gap: number };
}

/** The metrics of a letter set with these page settings. */
export function letterMetrics(settings: Pick<PageSettings, 'fontSizePt' | 'lineSpacing'>): LetterMetrics {
  const size = settings.fontSizePt;
  // Word sizes fonts in half points: derived sizes are rounded to them, so both formats set the same text.
  const halfPoints = (points: number): number => Math.round(points * 2) / 2;
  const lineHeight = size * settings.lineSpacing;
  const headingOf = (scale: number, before: number, after: number): LetterMetrics['heading'][1] => ({
    sizePt: halfPoints(size * scale),
    lineHeight: halfPoints(size * scale) * Math.max(1.2, settings.lineSpacing * 0.95),
    spaceBefore: lineHeight * before,
    spaceAfter: lineHeight * after,
  });
  return {
    sizePt: size,
    lineHeight,
    paragraphGap: lineHeight * 0.6,
    heading: { 1: headingOf(1.4, 1.2, 0.45), 2: headingOf(1.15, 0.9, 0.3) },
    signatoryEntry: (columns) => {
      const entrySize = columns === 1 ? size : halfPoints(size * 0.92);
      const entryLineHeight = entrySize * Math.max(1.15, settings.lineSpacing * 0.92);
      return { sizePt: entrySize, lineHeight: entryLineHeight, gap: entryLineHeight * 0.2, groupSpaceBefore: entryLineHeight * 0.7, hangingIndent: entrySize };
    },
    columnGap: size * 1.6,
    signature: { spaceBefore: lineHeight * 0.8, signingSpace: lineHeight * 2.6, ruleToName: lineHeight * 0.35, ruleWidth: size * 16, gap: size * 2 },
  };
}
