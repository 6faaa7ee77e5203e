import type { Database } from 'better-sqlite3';

export const version = 2;

/**
 * Every spreadsheet row a signatory came from (a merged signatory has several), and a trash that
 * keeps deleted signatories with their provenance so a delete or a merge can be undone.
 */
// IF NOT EXISTS: a file whose user_version was lowered by hand may already hold these tables.
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS signatory_provenance (
      signatory_id INTEGER NOT NULL REFERENCES signatories(id) ON DELETE CASCADE,
      source_id INTEGER NOT NULL REFERENCES signatory_sources(id) ON DELETE CASCADE,
      source_row INTEGER NOT NULL,
      row_values TEXT NOT NULL,
      PRIMARY KEY (source_id, source_row)
    ) STRICT;
    CREATE INDEX IF NOT EXISTS signatory_provenance_by_signatory ON signatory_provenance(signatory_id);

    INSERT OR IGNORE INTO signatory_provenance (signatory_id, source_id, source_row, row_values)
      SELECT id, source_id, source_row, '{}' FROM signatories WHERE source_id IS NOT NULL AND source_row IS NOT NULL;

    CREATE TABLE IF NOT EXISTS signatory_trash (
      id INTEGER PRIMARY KEY,
      batch TEXT NOT NULL,
      signatory TEXT NOT NULL,
      provenance TEXT NOT NULL,
      deleted_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS signatory_trash_by_batch ON signatory_trash(batch);
  `);
}
