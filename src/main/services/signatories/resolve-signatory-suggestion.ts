import type { Database } from 'better-sqlite3';
import type { Signatory } from '../../../shared/model/signatory';
import { UserError } from '../../../shared/model/user-error';
import { signatoryNameParts } from '../../../shared/signatories/signatory-name-parts';
import { decisionKeys, rememberDuplicateDecision } from './duplicate-decisions';
import { deleteSignatories } from './delete-signatories';
import { readSignatoryRow, toSignatory, type SignatoryRow } from './signatory-records';

export type SuggestionResolution =
  | { decision: 'distinct'; firstId: number; secondId: number }
  /** Keeps `keepId`, written with the spelling `name` (either one's), and folds the other into it. */
  | { decision: 'merge'; firstId: number; secondId: number; keepId: number; name?: string };

const FILLABLE_COLUMNS = ['acronym', 'country', 'country_code', 'contact_name', 'email', 'title', 'withdrawn_at', 'withdrawn_reason'] as const;

/**
 * Settles a suggested pair. "distinct" is remembered so the pair is not suggested again. "merge"
 * keeps one signatory with the chosen spelling, fills its blanks from the other, moves the other's
 * provenance to it and puts the other in the trash (the undo token restores it); the decision is
 * remembered so a later import of either spelling merges.
 */
export function resolveSignatorySuggestion(db: Database, resolution: SuggestionResolution): { signatory: Signatory | null; undoToken: string | null } {
  return db.transaction(() => {
    const first = readSignatoryRow(db, resolution.firstId);
    const second = readSignatoryRow(db, resolution.secondId);
    if (first.id === second.id) throw new UserError('A signatory cannot be a duplicate of itself.', { code: 'same-signatory' });
    const keys = decisionKeys({ id: first.id, key: first.name_key }, { id: second.id, key: second.name_key });
    if (resolution.decision === 'distinct') {
      rememberDuplicateDecision(db, keys, 'distinct');
      return { signatory: null, undoToken: null };
    }
    if (resolution.keepId !== first.id && resolution.keepId !== second.id) {
      throw new UserError(`Signatory ${resolution.keepId} is not one of the pair being merged.`, { code: 'bad-merge' });
    }
    const [kept, folded] = resolution.keepId === first.id ? [first, second] : [second, first];
    const name = resolution.name ?? kept.name;
    if (name !== first.name && name !== second.name) throw new UserError('The merged signatory keeps one of the two spellings.', { code: 'bad-merge' });
    const changes: Partial<SignatoryRow> = { name, name_key: signatoryNameParts(name).key };
    for (const column of FILLABLE_COLUMNS) {
      if ((kept[column] === null || kept[column] === '') && folded[column] !== null) (changes as Record<string, unknown>)[column] = folded[column];
    }
    const extra = { ...(JSON.parse(folded.extra) as Record<string, string>), ...(JSON.parse(kept.extra) as Record<string, string>) };
    changes.extra = JSON.stringify(extra);
    // Confirmed wins over pending; a withdrawal is not undone by merging.
    if (kept.status === 'pending' && folded.status === 'confirmed') changes.status = 'confirmed';
    const columns = Object.keys(changes);
    db.prepare(`UPDATE signatories SET ${columns.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
      ...changes,
      now: new Date().toISOString(),
      id: kept.id,
    });
    const { undoToken } = deleteSignatories(db, [folded.id]);
    // The provenance of the folded signatory now belongs to the kept one; the trash keeps a copy for undo.
    const provenance = JSON.parse(
      (db.prepare('SELECT provenance FROM signatory_trash WHERE batch = ?').get(undoToken) as { provenance: string }).provenance,
    ) as { source_id: number; source_row: number; row_values: string }[];
    const move = db.prepare('INSERT OR IGNORE INTO signatory_provenance (signatory_id, source_id, source_row, row_values) VALUES (?, ?, ?, ?)');
    for (const entry of provenance) move.run(kept.id, entry.source_id, entry.source_row, entry.row_values);
    if (first.name_key !== second.name_key) rememberDuplicateDecision(db, keys, 'merged');
    return { signatory: toSignatory(readSignatoryRow(db, kept.id)), undoToken };
  })();
}
