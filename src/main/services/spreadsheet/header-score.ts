import type { FieldDefinition } from './field-definition';
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

/** How well a header names a field: an exact header name beats one that only opens the header. */
export function headerScore(header: string, definition: FieldDefinition): number {
  return foldedHeaderScore(foldHeaderText(header), definition);
}

/** headerScore for a header already folded with foldHeaderText. */
export function foldedHeaderScore(folded: string, definition: FieldDefinition): number {
  if (!folded) return 0;
  let best = 0;
  for (const wanted of foldedHeaderNames(definition)) {
    if (folded === wanted) best = Math.max(best, EXACT_HEADER_SCORE + wanted.length);
    // Whole words at the start ("Organisation name (as it should appear)"), never a word inside a longer cell.
    else if (folded.startsWith(`${wanted} `)) best = Math.max(best, 100 + wanted.length);
  }
  return best;
}
