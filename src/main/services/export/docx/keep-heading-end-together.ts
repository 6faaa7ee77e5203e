import type { IRRun } from '../../../../shared/document/letter-ir';

const NO_BREAK_SPACE = '\u00a0';

/**
 * A heading's runs with a no-break space between the last two words of its last line when that line may wrap
 * (`measure` gives its width in points, wider than `lineWidth` or nearly so), so the heading never ends on one word.
 * Word and LibreOffice cannot balance a heading's lines as the PDF does; this is the part of it they keep.
 */
export function keepHeadingEndTogether(runs: readonly IRRun[], measure: (text: string) => number, lineWidth: number): IRRun[] {
  const lineStart = runs.findLastIndex((run) => run.text === '\n') + 1;
  const lastLine = runs.slice(lineStart);
  const text = lastLine.map((run) => run.text).join('');
  const end = text.trimEnd().length;
  if (text.trim().split(/\s+/).length < 3) return [...runs];
  // A line that fits with room to spare in our fonts fits in Word's too; one within 3 % of the measure may not.
  if (measure(text.trim()) < lineWidth * 0.97) return [...runs];
  const space = text.lastIndexOf(' ', end - 1);
  if (space <= 0) return [...runs];
  let offset = 0;
  const result = [...runs];
  for (const [index, run] of lastLine.entries()) {
    if (space < offset + run.text.length) {
      const at = space - offset;
      result[lineStart + index] = { ...run, text: run.text.slice(0, at) + NO_BREAK_SPACE + run.text.slice(at + 1) };
      break;
    }
    offset += run.text.length;
  }
  return result;
}
