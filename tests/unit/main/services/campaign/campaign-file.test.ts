import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../src/shared/model/page-settings';
import { createCampaignFile, openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter, getMeta, saveLetter } from '../../../../../src/main/services/campaign/letters';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../../../../src/main/services/campaign/migrations';
import { UNDERSIGNED_APPLICATION_ID } from '../../../../../src/main/services/campaign/application-id';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

function expectRefusedUntouched(path: string, message: RegExp) {
  const before = readFileSync(path);
  expect(() => openCampaignFile(path)).toThrow(message);
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(existsSync(`${path}-wal`)).toBe(false);
}

describe('campaign file', () => {
  it('creates, writes and reopens a campaign with its letter', () => {
    const path = join(temporaryFolder(), 'letters.undersigned');
    const file = createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Spring letters');
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Excellency,' }] }] };
    saveLetter(file.db, { doc, settings: { ...DEFAULT_PAGE_SETTINGS, language: 'fr' } });
    file.close();

    const reopened = openCampaignFile(path);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(reopened.db.pragma('application_id', { simple: true })).toBe(UNDERSIGNED_APPLICATION_ID);
    expect(reopened.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(getMeta(reopened.db, 'title')).toBe('Spring letters');
    const letter = getLetter(reopened.db);
    expect(letter.doc).toEqual(doc);
    expect(letter.settings.language).toBe('fr');
    reopened.close();
  });

  it('has every table of the v1 schema', () => {
    const path = join(temporaryFolder(), 'schema.undersigned');
    const file = createCampaignFile(path);
    const tables = (file.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    expect(tables).toEqual(
      expect.arrayContaining(['meta', 'letters', 'versions', 'signatories', 'signatory_sources', 'duplicate_decisions', 'recipient_lists', 'recipients', 'assets', 'exports']),
    );
    file.close();
  });

  it('refuses an empty SQLite database rather than turning it into a campaign', () => {
    const path = join(temporaryFolder(), 'empty.undersigned');
    const db = new Database(path);
    db.pragma('user_version = 0');
    db.exec('VACUUM');
    db.close();
    expectRefusedUntouched(path, /"empty.undersigned" is a SQLite database but not an Undersigned campaign/);
  });

  it('refuses a zero-byte file rather than turning it into a campaign', () => {
    const path = join(temporaryFolder(), 'zero.undersigned');
    writeFileSync(path, '');
    expectRefusedUntouched(path, /"zero.undersigned" is empty/);
  });

  it('keeps a backup copy, taken by SQLite, before migrating a file from an older version', () => {
    const path = join(temporaryFolder(), 'older.undersigned');
    const file = createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Older');
    const letter = getLetter(file.db);
    file.close();
    const db = new Database(path);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION - 1}`);
    db.close();
    openCampaignFile(path).close();
    const backup = new Database(`${path}.v${CURRENT_SCHEMA_VERSION - 1}.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION - 1);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT doc FROM letters').get()).toEqual({ doc: JSON.stringify(letter.doc) });
    backup.close();
    // A second migration of the same version never overwrites the first backup.
    const again = new Database(path);
    again.pragma(`user_version = ${CURRENT_SCHEMA_VERSION - 1}`);
    again.close();
    openCampaignFile(path).close();
    expect(existsSync(`${path}.v${CURRENT_SCHEMA_VERSION - 1}.2.bak`)).toBe(true);
  });

  it('refuses a text file, leaving it byte-identical', () => {
    const path = join(temporaryFolder(), 'notes.undersigned');
    writeFileSync(path, 'Dear colleagues,\nplease find the list attached.\n');
    expectRefusedUntouched(path, /"notes.undersigned" is not an Undersigned campaign file/);
  });

  it('refuses a truncated database, leaving it byte-identical', () => {
    const folder = temporaryFolder();
    const source = join(folder, 'full.undersigned');
    const file = createCampaignFromTemplate(source, findTemplate('regional-organizations'), 'Full');
    file.close();
    const path = join(folder, 'truncated.undersigned');
    copyFileSync(source, path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expectRefusedUntouched(path, /"truncated.undersigned" is damaged/);
  });

  it('refuses a file from a newer version, leaving it byte-identical', () => {
    const path = join(temporaryFolder(), 'future.undersigned');
    createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Future').close();
    const db = new Database(path);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    expectRefusedUntouched(path, /saved by a newer version of Undersigned \(file format \d+; this version reads up to \d+\)/);
  });

  it('refuses a SQLite database of another application', () => {
    const path = join(temporaryFolder(), 'other.undersigned');
    const db = new Database(path);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expectRefusedUntouched(path, /not an Undersigned campaign/);
  });

  it('keeps the previous state when a write throws half way', () => {
    const path = join(temporaryFolder(), 'interrupted.undersigned');
    const file = createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'Before');
    const before = getLetter(file.db);
    const failingSave = file.db.transaction(() => {
      saveLetter(file.db, { doc: { type: 'doc', content: [] }, settings: before.settings, title: 'After' });
      throw new Error('the disk went away');
    });
    expect(() => failingSave()).toThrow('the disk went away');
    file.close();
    const reopened = openCampaignFile(path);
    expect(getLetter(reopened.db)).toEqual(before);
    reopened.close();
  });

  it('lists migrations in increasing order from 1', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });
});
