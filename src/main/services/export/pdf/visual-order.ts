/**
 * The order in which to draw items of a line, left to right, given each item's embedding level
 * (rule L2 of the Unicode Bidirectional Algorithm): from the highest level down to the lowest odd
 * level, every maximal sequence at that level or higher is reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, index) => index);
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const level of levels) {
    if (level > highest) highest = level;
    if (level % 2 === 1 && level < lowestOdd) lowestOdd = level;
  }
  for (let level = highest; level >= lowestOdd; level--) {
    let index = 0;
    while (index < order.length) {
      if (levels[order[index]!]! < level) {
        index++;
        continue;
      }
      let end = index;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      const reversed = order.slice(index, end).reverse();
      order.splice(index, reversed.length, ...reversed);
      index = end;
    }
  }
  return order;
}
