import type { ColumnMapping, FieldDefinition } from './field-definition';
import { foldHeaderText } from './fold-header-text';

/** headerScore from this up: the header is exactly one of the field's names. */
export const EXACT_HEADER_SCORE = 1000;

const foldedNamesOf = new WeakMap<FieldDefinition, string[]>();

function foldedHeaderNames(definition: FieldDefinition): string[] {
  let folded = foldedNamesOf.get(definition);
  if (!folded) {
    folded = definition.headerNames.map(foldHeaderText).filter(Boolean);
    foldedNamesOf.set(definition, folded);
  }
  return folded;
}

/** How well a header names a field: an exact header name beats one found among other words. */
export function headerScore(header: string, definition: FieldDefinition): number {
  return foldedHeaderScore(foldHeaderText(header), definition);
}

/** headerScore for a header already folded with foldHeaderText. */
export function foldedHeaderScore(folded: string, definition: FieldDefinition): number {
  if (!folded) return 0;
  let best = 0;
  for (const wanted of foldedHeaderNames(definition)) {
    if (folded === wanted) best = Math.max(best, EXACT_HEADER_SCORE + wanted.length);
    else if (` ${folded} `.includes(` ${wanted} `)) best = Math.max(best, 100 + wanted.length);
  }
  return best;
}

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
