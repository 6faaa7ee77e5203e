import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import * as createCampaignSchema from '../../../../../src/main/services/campaign/migrations/0001-create-campaign-schema';
import * as addSignatoryProvenance from '../../../../../src/main/services/campaign/migrations/0002-add-signatory-provenance';
import { hasUnrecordedExports, listDeliveries } from '../../../../../src/main/services/deliveries/list-deliveries';
import { planCampaignAddenda } from '../../../../../src/main/services/deliveries/plan-campaign-addenda';
import { loadMergeInputs } from '../../../../../src/main/services/export/load-merge-inputs';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

describe('migration 0003: what each recipient received', () => {
  it('keeps the exports of a version-2 file and treats what they sent as unknown', () => {
    const path = join(temporaryFolder(), 'version-two.undersigned');
    const db = new Database(path);
    createCampaignSchema.up(db);
    addSignatoryProvenance.up(db);
    db.pragma('user_version = 2');
    const now = '2026-03-12T10:00:00.000Z';
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
    db.prepare("INSERT INTO recipient_lists (name, source, created_at) VALUES ('Heads', 'heads.csv', ?)").run(now);
    db.prepare("INSERT INTO recipients (list_id, organization, position) VALUES (1, 'African Union', 1)").run();
    db.prepare("INSERT INTO signatories (name, name_key, status, position, created_at, updated_at) VALUES ('Article 19', 'article 19', 'confirmed', 1, ?, ?)").run(now, now);
    db.prepare("INSERT INTO exports (exported_at, formats, recipients, files, letter_id) VALUES (?, '{}', 1, '[\"African Union.pdf\"]', 1)").run(now);
    db.close();

    const file = openCampaignFile(path);
    try {
      expect(file.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
      expect(file.db.prepare('SELECT kind, deliveries_recorded AS recorded, files FROM exports').all()).toEqual([
        { kind: 'letter', recorded: 0, files: '["African Union.pdf"]' },
      ]);
      expect(listDeliveries(file.db)).toEqual([]);
      expect(hasUnrecordedExports(file.db)).toBe(true);
      const plan = planCampaignAddenda(file.db, loadMergeInputs(file.db), { includeWithdrawn: false });
      expect(plan.sentBefore).toBe(true);
      expect(plan.entries.map((entry) => [entry.recipient.label, entry.status])).toEqual([['African Union', 'unknown']]);
    } finally {
      file.close();
    }
  });
});
