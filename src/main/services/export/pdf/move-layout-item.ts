import type { LayoutItem } from './layout-types';

/** A copy of a layout item moved by (dx, dy). */
export function shiftLayoutItem(item: LayoutItem, dx: number, dy: number): LayoutItem {
  if (item.kind === 'text') return { ...item, x: item.x + dx, baseline: item.baseline + dy };
  return { ...item, x: item.x + dx, y: item.y + dy };
}
