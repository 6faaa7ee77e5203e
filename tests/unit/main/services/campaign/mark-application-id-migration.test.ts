import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNDERSIGNED_APPLICATION_ID } from '../../../../../src/main/services/campaign/application-id';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { getLetter } from '../../../../../src/main/services/campaign/letters';
import * as createCampaignSchema from '../../../../../src/main/services/campaign/migrations/0001-create-campaign-schema';
import * as addSignatoryProvenance from '../../../../../src/main/services/campaign/migrations/0002-add-signatory-provenance';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../src/shared/model/page-settings';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('migration 0004: the application id', () => {
  it('marks a version-2 campaign (saved in WAL mode, no id) as ours, after an online backup of it as it was', () => {
    const path = join(temporaryFolder(), 'version-two.undersigned');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    createCampaignSchema.up(db);
    addSignatoryProvenance.up(db);
    db.pragma('user_version = 2');
    const now = '2026-02-01T09:00:00.000Z';
    db.prepare('INSERT INTO letters (title, doc, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
      'Before the id',
      JSON.stringify({ type: 'doc', content: [] }),
      JSON.stringify(DEFAULT_PAGE_SETTINGS),
      now,
      now,
    );
    db.close();

    const file = openCampaignFile(path);
    expect(file.db.pragma('application_id', { simple: true })).toBe(UNDERSIGNED_APPLICATION_ID);
    expect(file.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    expect(getLetter(file.db).title).toBe('Before the id');
    file.close();

    const backup = new Database(`${path}.v2.bak`, { readonly: true });
    expect(backup.pragma('application_id', { simple: true })).toBe(0);
    expect(backup.pragma('user_version', { simple: true })).toBe(2);
    expect(backup.prepare('SELECT title FROM letters').get()).toEqual({ title: 'Before the id' });
    backup.close();
    // The header itself carries the id, big-endian at offset 68.
    expect(readFileSync(path).readUInt32BE(68)).toBe(UNDERSIGNED_APPLICATION_ID);
  });
});
