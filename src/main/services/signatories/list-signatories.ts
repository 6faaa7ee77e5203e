import type { Database } from 'better-sqlite3';
import type { Signatory } from '../../../shared/model/signatory';
import { listUnknownCountries } from './fix-signatory-country';
import { readProvenance, readSignatoryRows, toSignatory, type SignatoryProvenance } from './signatory-records';
import { computeSignatorySuggestions } from './signatory-suggestions';
import { SUGGESTION_REASONS, type SuggestionReason } from '../../../shared/signatories/find-duplicate-suggestions';

export interface SignatorySource {
  id: number;
  fileName: string;
  sha256: string;
  importedAt: string;
  rowCount: number;
}

/** Everything the signatories screen shows: the list, its sources, unknown countries, suggestion counts. */
export function listSignatories(db: Database): {
  signatories: Signatory[];
  sources: SignatorySource[];
  unknownCountries: { country: string; count: number }[];
  suggestedIds: number[];
  suggestionCount: number;
} {
  const rows = readSignatoryRows(db);
  const suggestions = computeSignatorySuggestions(db, rows);
  const suggestedIds = new Set<number>();
  for (const pair of suggestions) {
    suggestedIds.add(pair.firstId);
    suggestedIds.add(pair.secondId);
  }
  const sources = db
    .prepare("SELECT id, file_name AS fileName, sha256, imported_at AS importedAt, row_count AS rowCount FROM signatory_sources WHERE kind = 'signatories' ORDER BY id")
    .all() as SignatorySource[];
  return {
    signatories: rows.map(toSignatory),
    sources,
    unknownCountries: listUnknownCountries(db),
    suggestedIds: [...suggestedIds],
    suggestionCount: suggestions.length,
  };
}

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
