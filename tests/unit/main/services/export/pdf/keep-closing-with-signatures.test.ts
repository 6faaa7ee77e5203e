import { describe, expect, it } from 'vitest';
import type { IRBlock, IRRun } from '../../../../../../src/shared/document/letter-ir';
import { layoutLetter } from '../../../../../../src/main/services/export/pdf/layout-letter';
import type { LayoutTextRun, LetterLayout } from '../../../../../../src/main/services/export/pdf/layout-types';
import { regionalTemplateLetters } from '../../../../../fixtures/letters/regional-template-letters';

const EPSILON = 0.01;

/** The body lines of each page, runs on one baseline joined, in drawing order. */
function pageLines(layout: LetterLayout): string[][] {
  return layout.pages.map((page) => {
    const lines: string[] = [];
    let previous: LayoutTextRun | null = null;
    for (const run of page.body.filter((item): item is LayoutTextRun => item.kind === 'text')) {
      if (previous && Math.abs(previous.baseline - run.baseline) < EPSILON && run.x >= previous.x) lines[lines.length - 1] += run.text;
      else lines.push(run.text);
      previous = run;
    }
    return lines.map((line) => line.trim());
  });
}

const textOf = (runs: IRRun[]): string => runs.map((run) => run.text).join('');

/** The closing paragraph: the one right before the signature block or signatory list. */
function closingOf(blocks: IRBlock[]): string | null {
  const end = blocks.findIndex((block) => block.kind === 'signatureBlock' || block.kind === 'signatoryList');
  const before = blocks[end - 1];
  return before?.kind === 'paragraph' ? textOf(before.runs) : null;
}

describe('the closing and what follows it', () => {
  // Every template, for every fourth regional organization (the same letter with other address lines and names).
  const letters = regionalTemplateLetters(100).filter((_, index) => index % 4 === 0);

  it('never starts a page: at least two body lines precede the closing on its page, in every template', () => {
    let checked = 0;
    for (const { template, recipient, ir } of letters) {
      const closing = closingOf(ir.blocks);
      if (closing === null) continue;
      const pages = pageLines(layoutLetter(ir));
      const pageIndex = pages.findIndex((lines) => lines.includes(closing));
      expect(pageIndex, `${template} for ${recipient}`).toBeGreaterThanOrEqual(0);
      const before = pages[pageIndex]!.indexOf(closing);
      expect(before, `${template} for ${recipient}: lines before "${closing}" on page ${pageIndex + 1}`).toBeGreaterThanOrEqual(2);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it('ends no page with a heading', () => {
    for (const { template, ir } of letters) {
      const headings = new Set(ir.blocks.flatMap((block) => (block.kind === 'heading' ? [textOf(block.runs)] : block.kind === 'signatoryList' ? [block.heading] : [])));
      const pages = pageLines(layoutLetter(ir));
      for (const lines of pages.slice(0, -1)) expect(headings.has(lines.at(-1)!), `${template}: page ends "${lines.at(-1)}"`).toBe(false);
    }
  });
});
