import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import * as createCampaignSchema from '../../../../../src/main/services/campaign/migrations/0001-create-campaign-schema';
import * as addSignatoryProvenance from '../../../../../src/main/services/campaign/migrations/0002-add-signatory-provenance';
import { readProvenance } from '../../../../../src/main/services/signatories/signatory-records';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('migration 0005: the declined status', () => {
  it('keeps every signatory and its provenance of a version-2 file, and then accepts "declined"', () => {
    const path = join(temporaryFolder(), 'version-two.undersigned');
    const db = new Database(path);
    db.pragma('foreign_keys = ON');
    createCampaignSchema.up(db);
    addSignatoryProvenance.up(db);
    db.pragma('user_version = 2');
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
    db.prepare("INSERT INTO signatories (name, name_key, status, withdrawn_at, position, created_at, updated_at) VALUES ('Left Early', 'left early', 'withdrawn', '2026-01-04', 2, ?, ?)").run(now, now);
    db.prepare('INSERT INTO signatory_provenance (signatory_id, source_id, source_row, row_values) VALUES (1, 1, 2, ?)').run('{"Organisation":"Act for Peace"}');
    expect(() => db.prepare("UPDATE signatories SET status = 'declined' WHERE id = 1").run()).toThrow(/CHECK/);
    db.close();

    const file = openCampaignFile(path);
    expect(file.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(5);
    const rows = file.db.prepare('SELECT id, name, status, withdrawn_at FROM signatories ORDER BY id').all();
    expect(rows).toEqual([
      { id: 1, name: 'Act for Peace', status: 'confirmed', withdrawn_at: null },
      { id: 2, name: 'Left Early', status: 'withdrawn', withdrawn_at: '2026-01-04' },
    ]);
    expect(readProvenance(file.db, 1)).toEqual([{ sourceId: 1, fileName: 'old.csv', sha256: 'abc', importedAt: now, row: 2, values: { Organisation: 'Act for Peace' } }]);
    file.db.prepare("UPDATE signatories SET status = 'declined' WHERE id = 1").run();
    expect(() => file.db.prepare("UPDATE signatories SET status = 'maybe' WHERE id = 1").run()).toThrow(/CHECK/);
    // The foreign keys still point at the rebuilt table: deleting a signatory removes its provenance.
    file.db.prepare('DELETE FROM signatories WHERE id = 1').run();
    expect(readProvenance(file.db, 1)).toEqual([]);
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
    expect(file.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'signatories_by_key'").get()).toEqual({ n: 1 });
    file.close();
  });
});
