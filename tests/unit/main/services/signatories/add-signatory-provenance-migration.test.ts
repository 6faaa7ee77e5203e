import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import * as createCampaignSchema from '../../../../../src/main/services/campaign/migrations/0001-create-campaign-schema';
import { readProvenance } from '../../../../../src/main/services/signatories/signatory-records';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('migration 0002: signatory provenance and trash', () => {
  it('carries the source row of signatories saved by version 1 into the provenance table, with a backup', () => {
    const path = join(temporaryFolder(), 'version-one.undersigned');
    const db = new Database(path);
    createCampaignSchema.up(db);
    db.pragma('user_version = 1');
    const now = '2026-01-05T10:00:00.000Z';
    db.prepare("INSERT INTO letters (title, doc, settings, created_at, updated_at) VALUES ('Letter', '{\"type\":\"doc\",\"content\":[]}', ?, ?, ?)").run(
      JSON.stringify({
        paperSize: 'a4',
        marginsMm: { top: 25, right: 25, bottom: 25, left: 25 },
        fontFamily: 'serif',
        fontSizePt: 11,
        lineSpacing: 1.25,
        language: 'en',
        letterhead: { enabled: false, organization: '', addressLines: [], logoAssetId: null, placement: 'first-page' },
        footer: { addressLine: '', pageNumbers: true },
      }),
      now,
      now,
    );
    db.prepare("INSERT INTO signatory_sources (kind, file_name, sha256, mapping, row_count, imported_at) VALUES ('signatories', 'old.csv', 'abc', '{}', 2, ?)").run(now);
    db.prepare("INSERT INTO signatories (name, name_key, status, source_id, source_row, position, created_at, updated_at) VALUES ('Act for Peace', 'act for peace', 'confirmed', 1, 2, 1, ?, ?)").run(now, now);
    db.prepare("INSERT INTO signatories (name, name_key, status, position, created_at, updated_at) VALUES ('Added by hand', 'added by hand', 'pending', 2, ?, ?)").run(now, now);
    db.close();

    const file = openCampaignFile(path);
    expect(file.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    expect(readProvenance(file.db, 1)).toEqual([{ sourceId: 1, fileName: 'old.csv', sha256: 'abc', importedAt: now, row: 2, values: {} }]);
    expect(readProvenance(file.db, 2)).toEqual([]);
    expect((file.db.prepare('SELECT count(*) AS n FROM signatory_trash').get() as { n: number }).n).toBe(0);
    file.close();
  });
});
