import type { FieldDefinition } from './field-definition';
import { foldHeaderText } from './fold-header-text';
import { foldedHeaderScore } from './propose-mapping';
import type { SpreadsheetRow } from './spreadsheet-grid';

/** How many rows from the top may be titles, notes or blanks above the header. */
const HEADER_SEARCH_ROWS = 30;

/**
 * The index (in `rows`) of the header row: the row among the first ones whose cells name the most
 * fields, so title rows and notes above it are passed over. Null when no row names any field
 * (a headerless list; the caller decides what its columns are).
 */
export function detectHeader(rows: readonly SpreadsheetRow[], fieldDefinitions: readonly FieldDefinition[]): number | null {
  let bestIndex: number | null = null;
  let bestCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index]!.cells;
    const named = new Set<string>();
    for (const cell of cells) {
      if (!cell.trim() || cell.length > 200) continue;
      const folded = foldHeaderText(cell);
      for (const definition of fieldDefinitions) if (foldedHeaderScore(folded, definition) > 0) named.add(definition.field);
    }
    if (named.size > bestCount) {
      bestCount = named.size;
      bestIndex = index;
    }
  }
  return bestIndex;
}
