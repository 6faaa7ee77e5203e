import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../../shared/model/user-error';
import { CURRENT_SCHEMA_VERSION, runMigrations } from './migrations';

export const CAMPAIGN_EXTENSION = '.undersigned';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** An open campaign file: one SQLite database, every write in a transaction. */
export interface CampaignFile {
  readonly path: string;
  readonly db: SqliteDatabase;
  close(): void;
}

function databaseOptions(extra: Database.Options = {}): Database.Options {
  // Electron's main process points this at the Electron-ABI build (see scripts/electron-native.js).
  const nativeBinding = process.env.UNDERSIGNED_SQLITE_BINDING;
  return nativeBinding ? { ...extra, nativeBinding } : extra;
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const bytesRead = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, bytesRead);
  } finally {
    closeSync(fd);
  }
}

function configure(db: SqliteDatabase): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens an existing campaign. A file that is not SQLite, is damaged, or comes from a newer version
 * of Undersigned is refused with a message naming it, and is left byte for byte as it was.
 */
export function openCampaignFile(path: string): CampaignFile {
  const name = basename(path);
  if (!existsSync(path)) throw new UserError(`"${name}" does not exist.`, { code: 'not-found' });
  if (!statSync(path).isFile()) throw new UserError(`"${name}" is not a file.`, { code: 'not-a-campaign' });
  const header = readHeader(path);
  // A zero-byte file is technically an empty database, but it is far more likely a mistyped path or a
  // placeholder of another program: opening it would silently turn it into a campaign.
  if (header.length === 0) throw new UserError(`"${name}" is empty: it is not an Undersigned campaign file.`, { code: 'not-a-campaign' });
  if (!header.equals(SQLITE_HEADER)) {
    throw new UserError(`"${name}" is not an Undersigned campaign file (it is not a SQLite database).`, { code: 'not-a-campaign' });
  }

  let db: SqliteDatabase;
  try {
    db = new Database(path, databaseOptions({ fileMustExist: true }));
  } catch (error) {
    throw new UserError(`"${name}" could not be opened: ${(error as Error).message}.`, { code: 'corrupt', cause: error });
  }
  try {
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
    } catch (error) {
      throw new UserError(`"${name}" is damaged and cannot be opened (${(error as Error).message}). Open a backup copy instead.`, {
        code: 'corrupt',
        cause: error,
      });
    }
    if (version > CURRENT_SCHEMA_VERSION) {
      throw new UserError(
        `"${name}" was saved by a newer version of Undersigned (file format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Undersigned to open it.`,
        { code: 'newer-version' },
      );
    }
    if (version > 0 && !hasTable(db, 'letters')) {
      throw new UserError(`"${name}" is a SQLite database but not an Undersigned campaign.`, { code: 'not-a-campaign' });
    }
    if (version < CURRENT_SCHEMA_VERSION) {
      if (version > 0 || hasAnyTable(db)) {
        if (version === 0) throw new UserError(`"${name}" is a SQLite database but not an Undersigned campaign.`, { code: 'not-a-campaign' });
        copyFileSync(path, `${path}.v${version}.bak`);
      }
      configure(db);
      runMigrations(db);
    } else {
      configure(db);
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return wrap(path, db);
}

/** Creates a new, empty campaign file at the current schema version; refuses to overwrite. */
export function createCampaignFile(path: string): CampaignFile {
  if (existsSync(path)) throw new UserError(`"${basename(path)}" already exists.`, { code: 'exists' });
  const db = new Database(path, databaseOptions());
  try {
    configure(db);
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return wrap(path, db);
}

function hasTable(db: SqliteDatabase, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function hasAnyTable(db: SqliteDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

function wrap(path: string, db: SqliteDatabase): CampaignFile {
  return {
    path,
    db,
    close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
