import type { ColumnMapping, FieldDefinition } from './field-definition';
import { headerScore } from './header-score';

/**
 * Proposes which field each column feeds, from its header in English, French or Spanish. Each field
 * goes to at most one column, best match first; a column matching nothing stays an extra field.
 */
export function proposeMapping(headers: readonly string[], fieldDefinitions: readonly FieldDefinition[]): ColumnMapping[] {
  const candidates: { column: number; field: string; score: number }[] = [];
  headers.forEach((header, column) => {
    for (const definition of fieldDefinitions) {
      const score = headerScore(header, definition);
      if (score > 0) candidates.push({ column, field: definition.field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const fieldOfColumn = new Map<number, string>();
  const takenFields = new Set<string>();
  for (const candidate of candidates) {
    if (fieldOfColumn.has(candidate.column) || takenFields.has(candidate.field)) continue;
    fieldOfColumn.set(candidate.column, candidate.field);
    takenFields.add(candidate.field);
  }
  return headers.map((header, column) => ({ column, header, field: fieldOfColumn.get(column) ?? null }));
}
