import type { Database } from 'better-sqlite3';
import type { Signatory } from '../../../shared/model/signatory';
import { listUnknownCountries } from './list-unknown-countries';
import { readSignatoryRows, toSignatory } from './signatory-records';
import { computeSignatorySuggestions } from './signatory-suggestions';

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
