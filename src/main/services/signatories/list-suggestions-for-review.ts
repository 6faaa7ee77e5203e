import type { Database } from 'better-sqlite3';
import type { Signatory } from '../../../shared/model/signatory';
import { SUGGESTION_REASONS, type SuggestionReason } from '../../../shared/signatories/suggestion-reasons';
import { readProvenance, readSignatoryRows, toSignatory, type SignatoryProvenance } from './signatory-records';
import { computeSignatorySuggestions } from './signatory-suggestions';

export interface SuggestionForReview {
  reason: SuggestionReason;
  reasonLabel: string;
  first: Signatory & { provenance: SignatoryProvenance[] };
  second: Signatory & { provenance: SignatoryProvenance[] };
}

/** The suggested pairs with both signatories and where each came from, for the review screen. */
export function listSuggestionsForReview(db: Database, limit = 500): { total: number; suggestions: SuggestionForReview[] } {
  const rows = readSignatoryRows(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const suggestions = computeSignatorySuggestions(db, rows);
  const withProvenance = (id: number) => ({ ...toSignatory(byId.get(id)!), provenance: readProvenance(db, id) });
  return {
    total: suggestions.length,
    suggestions: suggestions.slice(0, limit).map((pair) => ({
      reason: pair.reason,
      reasonLabel: SUGGESTION_REASONS[pair.reason],
      first: withProvenance(pair.firstId),
      second: withProvenance(pair.secondId),
    })),
  };
}
