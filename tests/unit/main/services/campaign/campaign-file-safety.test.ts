import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNDERSIGNED_APPLICATION_ID } from '../../../../../src/main/services/campaign/application-id';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { describeDatabaseError } from '../../../../../src/main/services/campaign/describe-database-error';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../src/main/services/campaign/letters';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();
const BIN = resolve('bin/undersigned.js');

function newCampaign(path: string) {
  return createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Safety');
}

function paragraph(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function runCli(args: string[], options: { env?: Record<string, string>; uid?: number; gid?: number } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function foreignDatabase(path: string, setUp: (db: Database.Database) => void): Buffer {
  const db = new Database(path);
  setUp(db);
  db.close();
  return readFileSync(path);
}

function expectUntouched(path: string, before: Buffer) {
  expect(readFileSync(path).equals(before)).toBe(true);
  const folderEntries = readdirSync(join(path, '..'));
  expect(folderEntries.filter((entry) => entry.endsWith('.bak') || entry.endsWith('-wal') || entry.endsWith('-shm') || entry.endsWith('-journal'))).toEqual([]);
}

describe('the campaign file is whole after every save', () => {
  it('a copy of the .undersigned file alone, taken right after a save while the campaign is open, has every saved edit', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'open.undersigned');
    const file = newCampaign(path);
    const settings = getLetter(file.db).settings;
    saveLetter(file.db, { doc: paragraph('First saved edit'), settings });
    const csv = join(folder, 'signatories.csv');
    writeFileSync(csv, 'Organization,Country\nAct for Peace,Kenya\nRights Now,Chile\n');
    await importSignatories(file.db, { source: csv });
    saveLetter(file.db, { doc: paragraph('Second saved edit'), settings });
    // Only the campaign file is copied: no -wal or -shm beside it holds anything.
    expect(readdirSync(folder).sort()).toEqual(['open.undersigned', 'signatories.csv']);
    const copy = join(temporaryFolder(), 'mailed.undersigned');
    copyFileSync(path, copy);
    file.close();

    const opened = openCampaignFile(copy);
    expect(getLetter(opened.db).doc).toEqual(paragraph('Second saved edit'));
    expect((opened.db.prepare('SELECT count(*) AS n FROM signatories').get() as { n: number }).n).toBe(2);
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
    opened.close();
  });

  it('a campaign saved in WAL mode by an earlier version is switched to a rollback journal on open, keeping its edits', () => {
    const path = join(temporaryFolder(), 'earlier.undersigned');
    const file = newCampaign(path);
    file.close();
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.prepare('UPDATE letters SET title = ?').run('Edited in WAL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();

    const reopened = openCampaignFile(path);
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(getLetter(reopened.db).title).toBe('Edited in WAL');
    reopened.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a campaign file that holds no letter, leaving it byte-identical', () => {
    const path = join(temporaryFolder(), 'letterless.undersigned');
    newCampaign(path).close();
    const db = new Database(path);
    db.exec('DELETE FROM letters');
    db.close();
    const before = readFileSync(path);
    expect(() => openCampaignFile(path)).toThrow(/"letterless.undersigned" holds no letter/);
    expectUntouched(path, before);
  });

  it('creating a campaign leaves no half-made file when the name is taken, and never replaces it', () => {
    const folder = temporaryFolder();
    const path = join(folder, 'taken.undersigned');
    writeFileSync(path, 'my own notes');
    expect(() => newCampaign(path)).toThrow(/"taken.undersigned" already exists/);
    expect(readFileSync(path, 'utf8')).toBe('my own notes');
    expect(readdirSync(folder)).toEqual(['taken.undersigned']);
  });
});

describe('only our own files are opened', () => {
  it('marks new files with the Undersigned application id', () => {
    const path = join(temporaryFolder(), 'new.undersigned');
    newCampaign(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(UNDERSIGNED_APPLICATION_ID);
    db.close();
  });

  it('refuses another program’s SQLite file in WAL mode before any write: byte-identical, no backup, no journal', () => {
    const path = join(temporaryFolder(), 'browser-history.undersigned');
    const before = foreignDatabase(path, (db) => {
      db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE visits (url TEXT); INSERT INTO visits VALUES ('https://example.org')");
      db.pragma('user_version = 1');
      db.pragma('wal_checkpoint(TRUNCATE)');
    });
    expect(() => openCampaignFile(path)).toThrow(/"browser-history.undersigned" is a SQLite database but not an Undersigned campaign/);
    expectUntouched(path, before);
  });

  it('refuses a database of another application even when it has tables named like ours', () => {
    const path = join(temporaryFolder(), 'lookalike.undersigned');
    const before = foreignDatabase(path, (db) => {
      db.exec("CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE letters (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO letters VALUES (1, 'x')");
      db.pragma('application_id = 1234');
      db.pragma('user_version = 2');
    });
    expect(() => openCampaignFile(path)).toThrow(/not an Undersigned campaign/);
    expectUntouched(path, before);
  });

  it('refuses a file at the current version without the application id (not one we wrote)', () => {
    const path = join(temporaryFolder(), 'unmarked.undersigned');
    newCampaign(path).close();
    const db = new Database(path);
    db.pragma('application_id = 0');
    db.close();
    const before = readFileSync(path);
    expect(() => openCampaignFile(path)).toThrow(/not an Undersigned campaign/);
    expectUntouched(path, before);
  });

  it('the CLI refuses a foreign SQLite file with exit 1 and a message, leaving it byte-identical', () => {
    const path = join(temporaryFolder(), 'inventory.undersigned');
    const before = foreignDatabase(path, (db) => {
      db.pragma('journal_mode = WAL');
      db.exec('CREATE TABLE items (name TEXT)');
    });
    const csv = join(temporaryFolder(), 'rows.csv');
    writeFileSync(csv, 'Organization\nAct for Peace\n');
    const result = runCli(['import', path, 'signatories', csv]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/"inventory.undersigned" is a SQLite database but not an Undersigned campaign/);
    expect(result.stderr).not.toMatch(/internal error/);
    expectUntouched(path, before);
  });
});

describe('busy and read-only campaigns', () => {
  it('a campaign locked by another program is "open in another window or program", exit 1, never "internal error"', async () => {
    const path = join(temporaryFolder(), 'busy.undersigned');
    newCampaign(path).close();
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
         const db = new Database(${JSON.stringify(path)});
         db.exec('BEGIN EXCLUSIVE');
         process.stdout.write('locked\\n');
         setTimeout(() => {}, 60000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolveLocked) => holder.stdout.once('data', () => resolveLocked()));
      const result = runCli(['check', path], { env: { UNDERSIGNED_BUSY_TIMEOUT_MS: '200' } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/"busy.undersigned" is open in another window or program/);
      expect(result.stderr).not.toMatch(/internal error|SqliteError/);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a read-only campaign and folder: check reads it, import says it is read-only (never "damaged", never a stack trace)', () => {
    const folder = temporaryFolder();
    const path = join(folder, 'archived.undersigned');
    newCampaign(path).close();
    const csv = join(folder, 'rows.csv');
    writeFileSync(csv, 'Organization\nAct for Peace\n');
    const before = readFileSync(path);
    chmodSync(path, 0o444);
    chmodSync(folder, 0o555);
    // root writes through any permission bits: run the CLI as an ordinary user to see what a user sees.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const check = runCli(['check', path], asUser);
      expect(check.stderr).toBe('');
      expect(check.stdout).toMatch(/recipients?\./);
      const imported = runCli(['import', path, 'signatories', csv], asUser);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toMatch(/"archived.undersigned" is read-only \((the file|its folder) cannot be written\)/);
      expect(imported.stderr).not.toMatch(/damaged|internal error|at /);
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(path, 0o644);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a write SQLite refuses as read-only reaches the user as a message naming the campaign, not an internal error', () => {
    const path = join(temporaryFolder(), 'readonly-connection.undersigned');
    newCampaign(path).close();
    const db = new Database(path, { readonly: true });
    let thrown: unknown;
    try {
      db.exec("UPDATE letters SET title = 'x'");
    } catch (error) {
      thrown = error;
    }
    db.close();
    const described = describeDatabaseError(thrown, 'readonly-connection.undersigned');
    expect(described?.code).toBe('read-only');
    expect(described?.message).toMatch(/^"readonly-connection.undersigned" is read-only/);
    expect(describeDatabaseError(new Error('a programmer error'))).toBeUndefined();
  });
});
