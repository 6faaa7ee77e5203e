import { describe, expect, it } from 'vitest';
import { balanceColumns } from '../../../../../../src/main/services/export/pdf/balance-columns';
import type { ColumnUnit } from '../../../../../../src/main/services/export/pdf/flow-types';

const entry = (lines: number, keepWithNext = false): ColumnUnit => ({ height: lines * 12, spaceBefore: 2, keepWithNext, items: [] });

const columnHeights = (fill: ReturnType<typeof balanceColumns>, columnCount: number): number[] =>
  Array.from({ length: columnCount }, (_, column) => Math.max(0, ...fill.placed.filter((placed) => placed.column === column).map((placed) => placed.y + placed.unit.height)));

describe('balanceColumns', () => {
  it('balances units that fit: the shortest columns that hold them all, in order', () => {
    for (const columnCount of [2, 3]) {
      const units = Array.from({ length: 25 }, (_, index) => entry(index % 4 === 0 ? 2 : 1));
      const fill = balanceColumns(units, columnCount, 700);
      expect(fill.placed.map((placed) => placed.unit)).toEqual(units);
      const heights = columnHeights(fill, columnCount);
      expect(fill.height).toBeCloseTo(Math.max(...heights), 6);
      const total = units.reduce((sum, unit) => sum + unit.height + unit.spaceBefore, 0);
      expect(fill.height).toBeLessThanOrEqual(total / columnCount + 24 + 2);
      expect(balanceColumns(units, columnCount, fill.height - 1).placed.length).toBeLessThan(units.length);
      for (let index = 1; index < fill.placed.length; index++) expect(fill.placed[index]!.column).toBeGreaterThanOrEqual(fill.placed[index - 1]!.column);
    }
  });

  it('fills the columns in turn when the units do not fit, leaving the rest for the next page', () => {
    const units = Array.from({ length: 120 }, () => entry(1));
    const fill = balanceColumns(units, 2, 200);
    expect(fill.placed.length).toBeLessThan(120);
    expect(fill.height).toBeLessThanOrEqual(200);
    const heights = columnHeights(fill, 2);
    for (const height of heights) expect(height).toBeLessThanOrEqual(200);
    expect(200 - heights[0]!).toBeLessThan(14);
  });

  it('never ends a column with a unit kept with the next one (a group title)', () => {
    const units: ColumnUnit[] = [];
    for (let group = 0; group < 6; group++) {
      units.push(entry(1, true));
      for (let index = 0; index < 5; index++) units.push(entry(1));
    }
    for (const maximum of [150, 170, 500]) {
      const fill = balanceColumns(units, 3, maximum);
      fill.placed.forEach((placed, index) => {
        const next = fill.placed[index + 1];
        if (placed.unit.keepWithNext && next) expect(next.column).toBe(placed.column);
      });
      if (fill.placed.length > 0) expect(fill.placed.at(-1)!.unit.keepWithNext).toBe(false);
    }
  });

  it('places a unit taller than the page alone so the flow goes on', () => {
    const fill = balanceColumns([entry(30), entry(1)], 2, 100);
    expect(fill.placed.length).toBeGreaterThanOrEqual(1);
    expect(fill.placed[0]!.y).toBe(0);
  });
});
