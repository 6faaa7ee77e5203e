import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { SIGNATORY_COLUMNS, type SignatoryRow } from './signatory-records';

/** Moves signatories, with their provenance, to the trash; the token given back undoes it. */
export function deleteSignatories(db: Database, ids: readonly number[]): { deleted: number; undoToken: string } {
  const undoToken = randomUUID();
  return db.transaction(() => {
    const select = db.prepare(`SELECT ${SIGNATORY_COLUMNS} FROM signatories WHERE id = ?`);
    const provenance = db.prepare('SELECT signatory_id, source_id, source_row, row_values FROM signatory_provenance WHERE signatory_id = ?');
    const trash = db.prepare('INSERT INTO signatory_trash (batch, signatory, provenance, deleted_at) VALUES (?, ?, ?, ?)');
    const remove = db.prepare('DELETE FROM signatories WHERE id = ?');
    const now = new Date().toISOString();
    let deleted = 0;
    for (const id of ids) {
      const row = select.get(id) as SignatoryRow | undefined;
      if (!row) continue;
      trash.run(undoToken, JSON.stringify(row), JSON.stringify(provenance.all(id)), now);
      remove.run(id);
      deleted += 1;
    }
    return { deleted, undoToken };
  })();
}
