import type { LayoutItem } from './layout-types';

/** Moves a layout item by (dx, dy) in place and returns it: every item belongs to one layout, so nothing is copied. */
export function moveLayoutItem(item: LayoutItem, dx: number, dy: number): LayoutItem {
  item.x += dx;
  if (item.kind === 'text') item.baseline += dy;
  else item.y += dy;
  return item;
}
