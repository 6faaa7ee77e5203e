import type { Database } from 'better-sqlite3';

export const version = 3;

/**
 * What each recipient received: one row per recipient per export or e-mail, with the letter version,
 * its date and the signatories it printed (a list kept once per distinct set). Exports written
 * before this version recorded nothing per recipient: `deliveries_recorded = 0` marks them, and
 * what they sent is "unknown".
 */
// IF NOT EXISTS and the column check: a file whose user_version was lowered by hand may already hold them.
export function up(db: Database): void {
  const columns = new Set((db.prepare('PRAGMA table_info(exports)').all() as { name: string }[]).map((column) => column.name));
  if (!columns.has('kind')) db.exec("ALTER TABLE exports ADD COLUMN kind TEXT NOT NULL DEFAULT 'letter' CHECK (kind IN ('letter', 'addendum'))");
  if (!columns.has('deliveries_recorded')) db.exec('ALTER TABLE exports ADD COLUMN deliveries_recorded INTEGER NOT NULL DEFAULT 0');
  db.exec(`
    CREATE TABLE IF NOT EXISTS delivered_lists (
      id INTEGER PRIMARY KEY,
      sha256 TEXT NOT NULL UNIQUE,
      signatories TEXT NOT NULL
    ) STRICT;

    CREATE TABLE IF NOT EXISTS deliveries (
      id INTEGER PRIMARY KEY,
      export_id INTEGER REFERENCES exports(id) ON DELETE SET NULL,
      recipient_id INTEGER REFERENCES recipients(id) ON DELETE SET NULL,
      recipient_key TEXT NOT NULL,
      recipient_label TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('letter', 'addendum')),
      channel TEXT NOT NULL CHECK (channel IN ('export', 'email')),
      address TEXT,
      message_id TEXT,
      files TEXT NOT NULL DEFAULT '[]',
      delivered_at TEXT NOT NULL,
      letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
      letter_updated_at TEXT,
      version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL,
      letter_date TEXT NOT NULL,
      list_id INTEGER NOT NULL REFERENCES delivered_lists(id)
    ) STRICT;
    CREATE INDEX IF NOT EXISTS deliveries_by_recipient ON deliveries(recipient_id, delivered_at);
    CREATE INDEX IF NOT EXISTS deliveries_by_key ON deliveries(recipient_key, delivered_at);
  `);
}
