import type { Database } from 'better-sqlite3';
import { UserError } from '../../../shared/model/user-error';
import { SIGNATORY_COLUMNS, type SignatoryRow } from './signatory-records';

/** Brings back what one delete (or merge) moved to the trash, with the same ids when they are free. */
export function restoreSignatories(db: Database, undoToken: string): { restored: number } {
  return db.transaction(() => {
    const batch = db.prepare('SELECT id, signatory, provenance FROM signatory_trash WHERE batch = ? ORDER BY id').all(undoToken) as {
      id: number;
      signatory: string;
      provenance: string;
    }[];
    if (batch.length === 0) throw new UserError('There is nothing to undo: those signatories were already restored.', { code: 'nothing-to-undo' });
    const taken = db.prepare('SELECT 1 FROM signatories WHERE id = ?');
    const columns = SIGNATORY_COLUMNS.split(', ');
    const insert = db.prepare(`INSERT INTO signatories (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`);
    const insertProvenance = db.prepare(
      'INSERT OR IGNORE INTO signatory_provenance (signatory_id, source_id, source_row, row_values) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM signatory_sources WHERE id = ?)',
    );
    for (const entry of batch) {
      const row = JSON.parse(entry.signatory) as SignatoryRow;
      const sourceExists = row.source_id === null || db.prepare('SELECT 1 FROM signatory_sources WHERE id = ?').get(row.source_id) !== undefined;
      const values = { ...row, source_id: sourceExists ? row.source_id : null };
      const id = taken.get(row.id) ? null : row.id;
      const info = insert.run({ ...values, id });
      const newId = Number(info.lastInsertRowid);
      for (const provenance of JSON.parse(entry.provenance) as { source_id: number; source_row: number; row_values: string }[]) {
        insertProvenance.run(newId, provenance.source_id, provenance.source_row, provenance.row_values, provenance.source_id);
      }
    }
    db.prepare('DELETE FROM signatory_trash WHERE batch = ?').run(undoToken);
    return { restored: batch.length };
  })();
}
