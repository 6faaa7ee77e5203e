import type { FieldDefinition } from './field-definition';
import { foldHeaderText } from './fold-header-text';
import { EXACT_HEADER_SCORE, foldedHeaderScore } from './header-score';
import type { SpreadsheetRow } from './spreadsheet-grid';

/** How many rows from the top may be titles, notes or blanks above the header. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The index (in `rows`) of the header row: the row among the first ones whose cells name the most
 * fields, so title rows and notes above it are passed over. A row needs one cell that is exactly a
 * field's name, or two that contain one. Null when no row qualifies (a headerless list; the caller
 * decides what its columns are).
 */
export function detectHeader(rows: readonly SpreadsheetRow[], fieldDefinitions: readonly FieldDefinition[]): number | null {
  let bestIndex: number | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index]!.cells;
    // Per field, its best cell: a header cell that is exactly a field's name counts 1, one that only contains it ("List of signatories") a half.
    const fieldScores = new Map<string, number>();
    for (const cell of cells) {
      if (!cell.trim() || cell.length > 200) continue;
      const folded = foldHeaderText(cell);
      for (const definition of fieldDefinitions) {
        const score = foldedHeaderScore(folded, definition);
        if (score === 0) continue;
        const weight = score >= EXACT_HEADER_SCORE ? 1 : 0.5;
        fieldScores.set(definition.field, Math.max(fieldScores.get(definition.field) ?? 0, weight));
      }
    }
    const score = [...fieldScores.values()].reduce((sum, weight) => sum + weight, 0);
    // One cell merely containing a field's name ("Anfal Storys Organization") is a data row, not a header.
    if (score < 1) continue;
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  }
  return bestIndex;
}
