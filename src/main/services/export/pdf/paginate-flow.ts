import { balanceColumns } from './balance-columns';
import type { FlowBox, FlowColumns, FlowElement } from './flow-types';
import type { LayoutItem } from './layout-types';
import { moveLayoutItem } from './move-layout-item';

/** The body area of a page, from the page's top edge, in points. */
export interface PageFrame {
  top: number;
  bottom: number;
}

interface PlacedBox {
  box: FlowBox;
  y: number;
}

interface PageInProgress {
  frame: PageFrame;
  boxes: PlacedBox[];
  cursor: number;
}

const EPSILON = 0.01;

/**
 * Cuts the flow into pages. A box that does not fit starts a new page, taking along the boxes
 * before it that are kept with it (a heading, a paragraph's first line); a chain filling a
 * whole page is broken where it overflows. Columns are filled page by page and balanced on
 * their last page. Returns each page's body items, y measured from the page's top edge.
 */
export function paginateFlow(flow: FlowElement[], frameOf: (pageIndex: number) => PageFrame): LayoutItem[][] {
  const pages: PageInProgress[] = [];
  const startPage = (): PageInProgress => {
    const frame = frameOf(pages.length);
    const page = { frame, boxes: [], cursor: frame.top };
    pages.push(page);
    return page;
  };
  let page = startPage();

  const put = (box: FlowBox, spaceBefore: number): void => {
    const y = page.cursor + spaceBefore;
    page.boxes.push({ box, y });
    page.cursor = y + box.height;
  };
  const takeKeptChain = (): FlowBox[] => {
    let last = page.boxes.length - 1;
    while (last >= 0 && page.boxes[last]!.box.keepWithNext) last--;
    if (last < 0) return [];
    const moved = page.boxes.splice(last + 1).map((placed) => placed.box);
    const remaining = page.boxes[page.boxes.length - 1];
    page.cursor = remaining ? remaining.y + remaining.box.height : page.frame.top;
    return moved;
  };
  const newPageCarrying = (moved: FlowBox[]): void => {
    page = startPage();
    for (const box of moved) put(box, page.boxes.length === 0 ? 0 : box.spaceBefore);
  };
  const fits = (height: number): boolean => page.cursor + height <= page.frame.bottom + EPSILON;

  const placeBox = (box: FlowBox): void => {
    const space = page.boxes.length === 0 ? 0 : box.spaceBefore;
    if (page.boxes.length === 0 || fits(space + box.height)) {
      put(box, space);
      return;
    }
    newPageCarrying(takeKeptChain());
    const spaceOnNewPage = page.boxes.length === 0 ? 0 : box.spaceBefore;
    if (page.boxes.length > 0 && !fits(spaceOnNewPage + box.height)) page = startPage();
    put(box, page.boxes.length === 0 ? 0 : box.spaceBefore);
  };

  const placeColumns = (columns: FlowColumns): void => {
    let units = columns.units;
    let first = true;
    while (units.length > 0) {
      const space = page.boxes.length === 0 ? 0 : columns.spaceBefore;
      const available = page.frame.bottom - page.cursor - space;
      const fill = balanceColumns(units, columns.columnCount, Math.max(0, available));
      const needed = first ? Math.min(columns.minimumFirstUnits, units.length) : 1;
      if (fill.placed.length < needed && page.boxes.length > 0) {
        newPageCarrying(first ? takeKeptChain() : []);
        continue;
      }
      const items: LayoutItem[] = [];
      for (const { unit, column, y } of fill.placed) {
        const dx = columns.left + column * (columns.columnWidth + columns.gap);
        for (const item of unit.items) items.push(moveLayoutItem(item, dx, y));
      }
      put({ kind: 'box', height: fill.height, spaceBefore: 0, keepWithNext: false, items }, space);
      units = units.slice(fill.placed.length);
      first = false;
      if (units.length > 0) page = startPage();
    }
  };

  for (const element of flow) {
    if (element.kind === 'pageBreak') {
      if (page.boxes.length > 0) page = startPage();
    } else if (element.kind === 'columns') {
      placeColumns(element);
    } else {
      placeBox(element);
    }
  }

  return pages.map((finished) => {
    const items: LayoutItem[] = [];
    for (const { box, y } of finished.boxes) for (const item of box.items) items.push(moveLayoutItem(item, 0, y));
    return items;
  });
}
