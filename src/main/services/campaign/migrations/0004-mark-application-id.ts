import type { Database } from 'better-sqlite3';
import { UNDERSIGNED_APPLICATION_ID } from '../application-id';

export const version = 4;

/** Marks the file as Undersigned's in the SQLite header, so any other program's database is told apart before a write. */
export function up(db: Database): void {
  db.pragma(`application_id = ${UNDERSIGNED_APPLICATION_ID}`);
}
