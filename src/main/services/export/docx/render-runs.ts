import { ExternalHyperlink, HighlightColor, TextRun, UnderlineType, type IRunOptions, type ParagraphChild } from 'docx';
import type { IRRun } from '../../../../shared/document/letter-ir';
import { STYLE_IDS } from './letter-styles';
import { runLanguage, type RunContext } from './run-language';
import { textRunsByScript } from './text-runs-by-script';

/** One mapping per mark: the run properties it adds. A link mark is the hyperlink around the runs. */
const MARK_MAPPINGS = {
  bold: { bold: true },
  italic: { italics: true },
  underline: { underline: { type: UnderlineType.SINGLE } },
} as const satisfies Record<'bold' | 'italic' | 'underline', IRunOptions>;

function markOptions(run: IRRun): IRunOptions {
  return {
    ...(run.bold ? MARK_MAPPINGS.bold : {}),
    ...(run.italic ? MARK_MAPPINGS.italic : {}),
    ...(run.underline ? MARK_MAPPINGS.underline : {}),
  };
}

function textRuns(run: IRRun, context: RunContext, style?: string): TextRun[] {
  const marks = markOptions(run);
  return run.text
    .split('\n')
    .flatMap((line, index) => textRunsByScript(line, { ...marks, break: index > 0 ? 1 : undefined, style, language: runLanguage(context) }));
}

/** One mapping per run kind: an unresolved field is marked, a link is a real hyperlink, other runs carry their marks. */
const RUN_MAPPINGS = {
  unresolvedField: (run: IRRun, context: RunContext): ParagraphChild[] => {
    // Bracketed as well as highlighted, so the gap still shows in black and white and to a screen reader.
    const shown = `[${run.text.trim() || run.unresolvedField}]`;
    return [
      new TextRun({
        ...markOptions(run),
        text: shown,
        style: STYLE_IDS.unresolvedField,
        highlight: HighlightColor.YELLOW,
        language: runLanguage(context),
      }),
    ];
  },
  text: (run: IRRun, context: RunContext): ParagraphChild[] => textRuns(run, context),
};

/** The paragraph children of styled runs; consecutive runs with the same link become one hyperlink. */
export function renderRuns(runs: readonly IRRun[], context: RunContext): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    if (run.unresolvedField !== undefined) {
      children.push(...RUN_MAPPINGS.unresolvedField(run, context));
      continue;
    }
    if (run.href) {
      const linked: TextRun[] = [];
      let last = index;
      while (last < runs.length && runs[last]!.href === run.href && runs[last]!.unresolvedField === undefined) {
        linked.push(...textRuns(runs[last]!, context, STYLE_IDS.hyperlink));
        last += 1;
      }
      children.push(new ExternalHyperlink({ link: run.href, children: linked }));
      index = last - 1;
      continue;
    }
    children.push(...RUN_MAPPINGS.text(run, context));
  }
  return children;
}
