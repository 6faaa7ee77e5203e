/**
 * The Levenshtein distance between two strings when it is at most `limit`, else `limit + 1`.
 * Only a band of width 2·limit+1 around the diagonal is computed.
 */
export function boundedEditDistance(first: string, second: string, limit: number): number {
  if (Math.abs(first.length - second.length) > limit) return limit + 1;
  if (first === second) return 0;
  const width = second.length;
  let previous = new Array<number>(width + 1);
  let current = new Array<number>(width + 1);
  for (let column = 0; column <= width; column += 1) previous[column] = column;
  for (let row = 1; row <= first.length; row += 1) {
    const from = Math.max(1, row - limit);
    const to = Math.min(width, row + limit);
    current[0] = row;
    if (from > 1) current[from - 1] = limit + 1;
    let rowMinimum = row <= limit ? row : limit + 1;
    const character = first.charCodeAt(row - 1);
    for (let column = from; column <= to; column += 1) {
      const substitution = previous[column - 1]! + (character === second.charCodeAt(column - 1) ? 0 : 1);
      const deletion = (column <= row + limit - 1 ? previous[column]! : limit + 1) + 1;
      const insertion = current[column - 1]! + 1;
      const value = Math.min(substitution, deletion, insertion);
      current[column] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (to < width) current[to + 1] = limit + 1;
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[width]!, limit + 1);
}
