import type { Database } from 'better-sqlite3';

export const version = 1;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE letters (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      doc TEXT NOT NULL,
      settings TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE versions (
      id INTEGER PRIMARY KEY,
      letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      doc TEXT NOT NULL,
      settings TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX versions_by_letter ON versions(letter_id, created_at);

    CREATE TABLE signatory_sources (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('signatories', 'recipients')),
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      mapping TEXT NOT NULL,
      row_count INTEGER NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX signatory_sources_by_hash ON signatory_sources(kind, sha256);

    CREATE TABLE signatories (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      acronym TEXT,
      country TEXT,
      country_code TEXT,
      contact_name TEXT,
      email TEXT,
      title TEXT,
      status TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'pending', 'withdrawn')),
      withdrawn_at TEXT,
      withdrawn_reason TEXT,
      extra TEXT NOT NULL DEFAULT '{}',
      source_id INTEGER REFERENCES signatory_sources(id) ON DELETE SET NULL,
      source_row INTEGER,
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX signatories_by_key ON signatories(name_key);

    CREATE TABLE duplicate_decisions (
      key_a TEXT NOT NULL,
      key_b TEXT NOT NULL,
      decision TEXT NOT NULL CHECK (decision IN ('distinct', 'merged')),
      decided_at TEXT NOT NULL,
      PRIMARY KEY (key_a, key_b),
      CHECK (key_a < key_b)
    ) STRICT;

    CREATE TABLE recipient_lists (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      source TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE recipients (
      id INTEGER PRIMARY KEY,
      list_id INTEGER NOT NULL REFERENCES recipient_lists(id) ON DELETE CASCADE,
      honorific TEXT,
      name TEXT,
      title TEXT,
      organization TEXT,
      country TEXT,
      country_code TEXT,
      salutation TEXT,
      address_lines TEXT NOT NULL DEFAULT '[]',
      email TEXT,
      language TEXT,
      extra TEXT NOT NULL DEFAULT '{}',
      included INTEGER NOT NULL DEFAULT 1,
      source_id INTEGER REFERENCES signatory_sources(id) ON DELETE SET NULL,
      source_row INTEGER,
      position INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX recipients_by_list ON recipients(list_id, position);

    CREATE TABLE assets (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      name TEXT NOT NULL,
      mime TEXT NOT NULL,
      bytes BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE exports (
      id INTEGER PRIMARY KEY,
      exported_at TEXT NOT NULL,
      formats TEXT NOT NULL,
      recipients INTEGER NOT NULL,
      files TEXT NOT NULL,
      letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
      letter_updated_at TEXT,
      version_id INTEGER REFERENCES versions(id) ON DELETE SET NULL
    ) STRICT;
  `);
}
