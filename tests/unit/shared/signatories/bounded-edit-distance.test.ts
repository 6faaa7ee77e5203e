import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../../src/shared/signatories/bounded-edit-distance';

function fullEditDistance(first: string, second: string): number {
  const table = Array.from({ length: first.length + 1 }, (_, row) => Array.from({ length: second.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  for (let row = 1; row <= first.length; row += 1) {
    for (let column = 1; column <= second.length; column += 1) {
      table[row]![column] = Math.min(
        table[row - 1]![column]! + 1,
        table[row]![column - 1]! + 1,
        table[row - 1]![column - 1]! + (first[row - 1] === second[column - 1] ? 0 : 1),
      );
    }
  }
  return table[first.length]![second.length]!;
}

describe('boundedEditDistance', () => {
  it('agrees with the full computation within the limit and caps beyond it', () => {
    const words = ['humanrightswatch', 'humanrightwatch', 'humnarightswatch', 'humanrightsfirst', 'amnesty', 'amnestyinternational', 'a', '', 'abc', 'acb', 'kitten', 'sitting'];
    for (const first of words) {
      for (const second of words) {
        for (const limit of [0, 1, 2, 3]) {
          const full = fullEditDistance(first, second);
          expect(boundedEditDistance(first, second, limit), `${first}/${second}/${limit}`).toBe(Math.min(full, limit + 1));
        }
      }
    }
  });
});
