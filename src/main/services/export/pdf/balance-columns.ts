import type { ColumnUnit } from './flow-types';

export interface PlacedUnit {
  unit: ColumnUnit;
  column: number;
  y: number;
}

export interface ColumnFill {
  placed: PlacedUnit[];
  /** Height of the tallest column. */
  height: number;
}

const EPSILON = 0.01;
const SEARCH_STEPS = 24;

function fillGreedily(units: ColumnUnit[], columnCount: number, columnHeight: number): ColumnFill {
  const placed: PlacedUnit[] = [];
  let column = 0;
  let y = 0;
  let height = 0;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const next = units[index + 1];
    const space = y > 0 ? unit.spaceBefore : 0;
    let needed = space + unit.height;
    if (unit.keepWithNext && next) needed += next.spaceBefore + next.height;
    if (y + needed > columnHeight + EPSILON && y > 0) {
      column++;
      y = 0;
      if (column >= columnCount) break;
      index--;
      continue;
    }
    if (y === 0 && unit.height > columnHeight + EPSILON && (column > 0 || placed.length > 0)) {
      column++;
      if (column >= columnCount) break;
      index--;
      continue;
    }
    placed.push({ unit, column, y: y + space });
    y += space + unit.height;
    height = Math.max(height, y);
  }
  return { placed, height };
}

/**
 * Sets units in columns no taller than `maximumHeight`. When they all fit, the columns are
 * balanced (the shortest column height that still holds them all); otherwise the columns are
 * filled in turn and the units left over are for the next page. Units are never split, and a
 * unit kept with the next (a group title) never ends a column. A unit taller than the page is
 * placed alone so the flow always progresses.
 */
export function balanceColumns(units: ColumnUnit[], columnCount: number, maximumHeight: number): ColumnFill {
  const full = fillGreedily(units, columnCount, maximumHeight);
  if (full.placed.length < units.length) return full;
  let low = 0;
  for (const unit of units) low = Math.max(low, unit.height);
  let high = full.height;
  if (fillGreedily(units, columnCount, low).placed.length === units.length) high = low;
  for (let step = 0; step < SEARCH_STEPS && high - low > EPSILON; step++) {
    const middle = (low + high) / 2;
    if (fillGreedily(units, columnCount, middle).placed.length === units.length) high = middle;
    else low = middle;
  }
  return fillGreedily(units, columnCount, high);
}
