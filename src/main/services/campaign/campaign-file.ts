import Database, { type Database as SqliteDatabase } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, existsSync, linkSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../../shared/model/user-error';
import { APPLICATION_ID_SCHEMA_VERSION, UNDERSIGNED_APPLICATION_ID } from './application-id';
import { describeDatabaseError } from './describe-database-error';
import { CURRENT_SCHEMA_VERSION, runMigrations } from './migrations';

export const CAMPAIGN_EXTENSION = '.undersigned';
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
// How long a write waits for another program's transaction before saying the file is busy.
const BUSY_TIMEOUT_MS = Number(process.env.UNDERSIGNED_BUSY_TIMEOUT_MS) || 5000;

/** An open campaign file: one SQLite database, every write in a transaction. */
export interface CampaignFile {
  readonly path: string;
  readonly db: SqliteDatabase;
  /** Opened for reading only (a read-only file opened with `allowReadOnly`): every write fails. */
  readonly readOnly: boolean;
  close(): void;
}

function databaseOptions(extra: Database.Options = {}): Database.Options {
  // Electron's main process points this at the Electron-ABI build (see scripts/electron-native.js).
  const nativeBinding = process.env.UNDERSIGNED_SQLITE_BINDING;
  const options = { timeout: BUSY_TIMEOUT_MS, ...extra };
  return nativeBinding ? { ...options, nativeBinding } : options;
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

/**
 * Rollback journal, synced in full: once a save's transaction commits, the `.undersigned` file alone
 * holds it (WAL would keep it in `-wal` until a checkpoint), so the file can be copied or mailed at
 * any moment after a save. The cost is measured in BENCHMARKS.md (campaign-save).
 */
function configure(db: SqliteDatabase): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Why the file (or, for the rollback journal, its folder) cannot be written; undefined when it can. */
function whyNotWritable(path: string): string | undefined {
  for (const [target, what] of [
    [path, 'the file'],
    [dirname(path), 'its folder'],
  ] as const) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'EROFS' ? 'it is on a read-only disk' : `${what} cannot be written`;
    }
  }
  return undefined;
}

function hasTable(db: SqliteDatabase, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function notACampaign(name: string): UserError {
  return new UserError(`"${name}" is a SQLite database but not an Undersigned campaign; it was left as it was.`, { code: 'not-a-campaign' });
}

/** Refuses, before anything is written, a database that is not one of ours or cannot be read as a campaign. */
function checkCampaignIdentity(db: SqliteDatabase, name: string): number {
  let applicationId: number;
  let version: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
  } catch (error) {
    throw describeDatabaseError(error, name) ?? error;
  }
  // Files written before the id existed (versions 1 and 2) are known by their version and tables.
  const earlierCampaign = applicationId === 0 && version >= 1 && version < APPLICATION_ID_SCHEMA_VERSION && hasTable(db, 'letters') && hasTable(db, 'meta');
  if (applicationId !== UNDERSIGNED_APPLICATION_ID && !earlierCampaign) throw notACampaign(name);
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new UserError(
      `"${name}" was saved by a newer version of Undersigned (file format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Undersigned to open it.`,
      { code: 'newer-version' },
    );
  }
  if (!hasTable(db, 'letters') || !hasTable(db, 'meta')) throw notACampaign(name);
  const letters = (db.prepare('SELECT count(*) AS n FROM letters').get() as { n: number }).n;
  if (letters === 0) {
    throw new UserError(
      `"${name}" holds no letter, so it is not a whole campaign (perhaps a copy taken while it was being created); it was left as it was. Open the original or a backup copy.`,
      { code: 'no-letter' },
    );
  }
  return version;
}

/** A copy taken with SQLite's own backup (never a file copy, which can catch a half-written page), beside the file. */
function backUpBeforeMigration(db: SqliteDatabase, path: string, version: number): string {
  let backup = `${path}.v${version}.bak`;
  for (let attempt = 2; existsSync(backup); attempt += 1) backup = `${path}.v${version}.${attempt}.bak`;
  db.prepare('VACUUM INTO ?').run(backup);
  return backup;
}

/**
 * Opens an existing campaign. A file that is not SQLite, is another program's database, holds no
 * letter, is damaged, or comes from a newer version is refused with a message naming it, before
 * anything is written: it is left byte for byte as it was. A read-only file is refused with a
 * message saying so, or opened for reading only with `allowReadOnly` (for commands that only read);
 * a file busy in another program waits a few seconds, then says so.
 */
export function openCampaignFile(path: string, options: { allowReadOnly?: boolean } = {}): CampaignFile {
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
  const notWritable = whyNotWritable(path);
  const readOnly = notWritable !== undefined;
  if (notWritable && !options.allowReadOnly) {
    throw new UserError(
      `"${name}" is read-only (${notWritable}), so Undersigned could not save your changes to it. Copy it to a folder you can write to and open the copy, or allow writing to it.`,
      { code: 'read-only' },
    );
  }

  let db: SqliteDatabase;
  try {
    db = new Database(path, databaseOptions({ fileMustExist: true, readonly: readOnly }));
  } catch (error) {
    throw describeDatabaseError(error, name) ?? new UserError(`"${name}" could not be opened: ${(error as Error).message}.`, { code: 'unreadable', cause: error });
  }
  try {
    const version = checkCampaignIdentity(db, name);
    if (readOnly) {
      if (version < CURRENT_SCHEMA_VERSION) {
        throw new UserError(`"${name}" is read-only (${notWritable}) and was saved by an earlier version of Undersigned: upgrading it needs writing to it. Copy it to a folder you can write to and open the copy.`, {
          code: 'read-only',
        });
      }
      db.pragma('foreign_keys = ON');
    } else {
      try {
        if (version < CURRENT_SCHEMA_VERSION) backUpBeforeMigration(db, path, version);
        configure(db);
        if (version < CURRENT_SCHEMA_VERSION) runMigrations(db);
      } catch (error) {
        throw describeDatabaseError(error, name) ?? error;
      }
    }
  } catch (error) {
    db.close();
    throw error;
  }
  return wrap(path, db, readOnly);
}

/**
 * Creates a campaign file at the current schema version, refusing to overwrite. The file is built
 * under a hidden name in the same folder with `initialize` in the same transaction as the schema,
 * then linked into place: a crash leaves either no campaign or a whole one.
 */
export function createCampaignFile(path: string, initialize?: (db: SqliteDatabase) => void): CampaignFile {
  const name = basename(path);
  if (existsSync(path)) throw new UserError(`"${name}" already exists.`, { code: 'exists' });
  const temporary = join(dirname(path), `.${name}.${randomBytes(6).toString('hex')}.creating`);
  try {
    const building = new Database(temporary, databaseOptions());
    try {
      configure(building);
      building.transaction(() => {
        runMigrations(building);
        initialize?.(building);
      })();
    } finally {
      building.close();
    }
    placeWithoutReplacing(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    throw describeDatabaseError(error, name) ?? error;
  }
  const db = new Database(path, databaseOptions({ fileMustExist: true }));
  configure(db);
  return wrap(path, db, false);
}

function placeWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
    rmSync(temporary);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`"${basename(path)}" already exists.`, { code: 'exists' });
    // A file system without hard links (FAT, some network shares): rename, having checked just before.
    if (existsSync(path)) throw new UserError(`"${basename(path)}" already exists.`, { code: 'exists' });
    renameSync(temporary, path);
  }
}

function wrap(path: string, db: SqliteDatabase, readOnly: boolean): CampaignFile {
  return {
    path,
    db,
    readOnly,
    close() {
      if (db.open) db.close();
    },
  };
}
