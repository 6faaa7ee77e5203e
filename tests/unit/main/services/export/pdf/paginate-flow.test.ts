import { describe, expect, it } from 'vitest';
import type { FlowBox, FlowElement } from '../../../../../../src/main/services/export/pdf/flow-types';
import type { LayoutRect } from '../../../../../../src/main/services/export/pdf/layout-types';
import { paginateFlow } from '../../../../../../src/main/services/export/pdf/paginate-flow';

/** A box whose single rectangle carries its label in its width, so pages can be read back. */
const box = (label: number, keepWithNext = false, spaceBefore = 0, height = 10): FlowBox => ({
  kind: 'box',
  height,
  spaceBefore,
  keepWithNext,
  items: [{ kind: 'rect', x: 0, y: 0, width: label, height, color: [0, 0, 0] }],
});

/** A paragraph's lines with the orphan and widow rules the flow builder sets. */
const paragraph = (firstLabel: number, lines: number): FlowBox[] =>
  Array.from({ length: lines }, (_, index) => box(firstLabel + index, lines >= 2 && (index === 0 || index === lines - 2), index === 0 ? 5 : 0));

const labels = (pages: ReturnType<typeof paginateFlow>): number[][] => pages.map((items) => items.map((item) => (item as LayoutRect).width));

const frame = { top: 0, bottom: 100 };

describe('paginateFlow', () => {
  it('never leaves a paragraph’s first line alone at a page’s bottom or its last line alone at the top', () => {
    for (let before = 1; before <= 10; before++) {
      const flow: FlowElement[] = [...Array.from({ length: before }, (_, index) => box(1000 + index)), ...paragraph(1, 6)];
      const pages = labels(paginateFlow(flow, () => frame));
      for (const page of pages) {
        const lines = page.filter((label) => label < 1000);
        if (lines.length === 0) continue;
        if (lines.length < 6) expect(lines.length).toBeGreaterThanOrEqual(2);
      }
      expect(pages.flat()).toEqual(flow.map((element) => ((element as FlowBox).items[0] as LayoutRect).width));
    }
  });

  it('keeps a heading with the first two lines of the paragraph after it', () => {
    const flow: FlowElement[] = [...Array.from({ length: 7 }, (_, index) => box(1000 + index)), box(500, true, 8, 14), ...paragraph(1, 5)];
    const pages = labels(paginateFlow(flow, () => frame));
    const headingPage = pages.findIndex((page) => page.includes(500));
    expect(pages[headingPage]).toContain(1);
    expect(pages[headingPage]).toContain(2);
    expect(pages[headingPage]![pages[headingPage]!.length - 1]).not.toBe(500);
  });

  it('drops the space above a box at the top of a page and honours page breaks', () => {
    const pages = paginateFlow([box(1), { kind: 'pageBreak' }, box(2, false, 30)], () => frame);
    expect(pages).toHaveLength(2);
    expect((pages[1]![0] as LayoutRect).y).toBe(0);
  });

  it('breaks a chain of kept boxes taller than a page where it overflows', () => {
    const flow = Array.from({ length: 25 }, (_, index) => box(index + 1, true));
    const pages = labels(paginateFlow(flow, () => frame));
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(10);
  });

  it('flows columns across pages, balanced on the last, with the heading kept with its first entries', () => {
    const units = Array.from({ length: 30 }, (_, index) => ({ height: 10, spaceBefore: 0, keepWithNext: false, items: [{ kind: 'rect' as const, x: 0, y: 0, width: 100 + index, height: 10, color: [0, 0, 0] as const }] }));
    const flow: FlowElement[] = [...Array.from({ length: 8 }, (_, index) => box(1000 + index)), box(500, true), { kind: 'columns', spaceBefore: 0, left: 0, columnCount: 2, columnWidth: 40, gap: 10, units, minimumFirstUnits: 4 }];
    const pages = paginateFlow(flow, () => frame);
    const headingPage = pages.findIndex((page) => page.some((item) => (item as LayoutRect).width === 500));
    const entriesOnHeadingPage = pages[headingPage]!.filter((item) => (item as LayoutRect).width >= 100 && (item as LayoutRect).width < 500);
    expect(entriesOnHeadingPage.length).toBeGreaterThanOrEqual(4);
    const entries = pages.flat().filter((item) => (item as LayoutRect).width >= 100 && (item as LayoutRect).width < 500) as LayoutRect[];
    expect(entries).toHaveLength(30);
    for (const item of pages.flat()) expect(item.kind === 'rect' && item.y + item.height).toBeLessThanOrEqual(100 + 1e-6);
    const last = pages.at(-1)!.filter((item) => (item as LayoutRect).width >= 100) as LayoutRect[];
    const leftColumn = last.filter((item) => item.x === 0).length;
    const rightColumn = last.filter((item) => item.x === 50).length;
    expect(Math.abs(leftColumn - rightColumn)).toBeLessThanOrEqual(1);
  });
});
