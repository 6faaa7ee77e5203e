import type { LayoutItem } from './layout-types';

/** A block of the vertical flow set at its final width: a line, a signature block, a letterhead. */
export interface FlowBox {
  kind: 'box';
  height: number;
  /** Space above the box, dropped at the top of a page. */
  spaceBefore: number;
  /** No page break may fall between this box and the next one (orphans, widows, headings). */
  keepWithNext: boolean;
  /** Items with x on the page and y from the box's top. */
  items: LayoutItem[];
}

/** A run of units set in balanced columns that flows across pages (the signatory list). */
export interface FlowColumns {
  kind: 'columns';
  spaceBefore: number;
  left: number;
  columnCount: number;
  columnWidth: number;
  gap: number;
  units: ColumnUnit[];
  /** How many units must follow the boxes kept with the columns (the list's heading) on their page. */
  minimumFirstUnits: number;
}

/** An entry or a group title of a column: never split. */
export interface ColumnUnit {
  height: number;
  spaceBefore: number;
  keepWithNext: boolean;
  /** Items with x from the column's left edge and y from the unit's top. */
  items: LayoutItem[];
}

export interface FlowPageBreak {
  kind: 'pageBreak';
}

export type FlowElement = FlowBox | FlowColumns | FlowPageBreak;
