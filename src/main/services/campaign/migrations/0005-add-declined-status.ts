import type { Database } from 'better-sqlite3';

export const version = 5;

const OLD_STATUS_CHECK = "CHECK (status IN ('confirmed', 'pending', 'withdrawn'))";
const NEW_STATUS_CHECK = "CHECK (status IN ('confirmed', 'pending', 'withdrawn', 'declined'))";

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * A `declined` status (the organization answered "no": kept with its provenance, never printed).
 * SQLite cannot change a CHECK in place, so the signatories table is rebuilt. Foreign keys cannot
 * be turned off inside the migration's transaction, and dropping the old table would cascade into
 * the tables that reference it; those tables are saved aside and rebuilt around it instead.
 */
export function up(db: Database): void {
  const schema = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").all() as SchemaEntry[];
  const table = schema.find((entry) => entry.type === 'table' && entry.name === 'signatories');
  if (!table?.sql || table.sql.includes(NEW_STATUS_CHECK)) return;
  if (!table.sql.includes(OLD_STATUS_CHECK)) throw new Error('migration 5: the signatories table has no status check to widen');
  const children = schema.filter((entry) => entry.type === 'table' && entry.name !== 'signatories' && /REFERENCES\s+"?signatories"?\s*\(/i.test(entry.sql ?? ''));
  const rebuilt = new Set(['signatories', ...children.map((child) => child.name)]);
  const dependents = schema.filter((entry) => entry.type !== 'table' && rebuilt.has(entry.tbl_name));

  for (const child of children) {
    db.exec(`CREATE TEMP TABLE "saved_${child.name}" AS SELECT * FROM "${child.name}"; DROP TABLE "${child.name}";`);
  }
  db.exec('ALTER TABLE signatories RENAME TO signatories_before_declined');
  db.exec(table.sql.replace(OLD_STATUS_CHECK, NEW_STATUS_CHECK));
  db.exec('INSERT INTO signatories SELECT * FROM signatories_before_declined; DROP TABLE signatories_before_declined;');
  for (const child of children) {
    db.exec(`${child.sql!}; INSERT INTO "${child.name}" SELECT * FROM "saved_${child.name}"; DROP TABLE "saved_${child.name}";`);
  }
  for (const dependent of dependents) db.exec(dependent.sql!);
}
