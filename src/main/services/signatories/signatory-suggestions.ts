import type { Database } from 'better-sqlite3';
import { findDuplicateSuggestions, type DuplicateSuggestion, type SuggestionCandidate } from '../../../shared/signatories/find-duplicate-suggestions';
import { decisionKeys, readDuplicateDecisions } from './duplicate-decisions';
import type { SignatoryRow } from './signatory-records';

type MatchedColumns = Pick<SignatoryRow, 'id' | 'name' | 'name_key' | 'acronym' | 'country_code'>;

/** The duplicate suggestions of a campaign, leaving out the pairs a person marked distinct. */
export function computeSignatorySuggestions(db: Database, rows?: readonly MatchedColumns[]): DuplicateSuggestion[] {
  rows ??= db.prepare('SELECT id, name, name_key, acronym, country_code FROM signatories ORDER BY position, id').all() as MatchedColumns[];
  const decisions = readDuplicateDecisions(db);
  const keyOf = new Map(rows.map((row) => [row.id, row.name_key]));
  const candidates: SuggestionCandidate[] = rows.map((row) => ({ id: row.id, name: row.name, acronym: row.acronym, countryCode: row.country_code }));
  return findDuplicateSuggestions(candidates, {
    isDecidedDistinct(first, second) {
      const keys = decisionKeys({ id: first.id, key: keyOf.get(first.id)! }, { id: second.id, key: keyOf.get(second.id)! });
      return decisions.get(`${keys[0]}\u0000${keys[1]}`) === 'distinct';
    },
  });
}
