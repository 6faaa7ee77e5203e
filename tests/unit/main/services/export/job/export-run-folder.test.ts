import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { checkCampaign } from '../../../../../../src/main/services/export/check-campaign';
import { runExportJob } from '../../../../../../src/main/services/export/run-export-job';
import { addPresetRecipients } from '../../../../../../src/main/services/recipients/add-preset-recipients';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';
import type { ExportRequest } from '../../../../../../src/shared/merge/export-request';

let folder: string;
let campaign: CampaignFile;
const STARTED_AT = new Date(2020, 3, 28, 9, 5, 30);
const REQUEST: ExportRequest = { format: 'pdf', perRecipient: true, combined: false, namePattern: '{recipient.organization}', force: true };

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-run-folder-'));
  campaign = createCampaignFromTemplate(join(folder, 'runs.undersigned'), findTemplate('regional-organizations'), 'Regional letter');
  addPresetRecipients(campaign.db, 'regional-organizations');
});
afterAll(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Runs an export into `chosen`, a folder per run, and cancels it once `letters` letters are written. */
function exportCancelledAfter(letters: number, chosen: string, request: ExportRequest) {
  const controller = new AbortController();
  return runExportJob({
    db: campaign.db,
    folder: chosen,
    request,
    campaignName: 'Regional letter',
    date: '2020-04-28',
    workers: 0,
    folderPerRun: true,
    startedAt: STARTED_AT,
    signal: controller.signal,
    onProgress: (update) => {
      if (update.done === letters) controller.abort();
    },
  });
}

describe('an export run in a folder of its own', () => {
  it('cancelled after three letters: its folder holds those three and a summary, and every count says three', async () => {
    const report = checkCampaign(campaign.db);
    // Every preset recipient lacks a name: each letter written is one with an unresolved field.
    expect(report.unresolved).toHaveLength(report.recipients);
    expect(report.recipients).toBeGreaterThan(10);
    const chosen = join(folder, 'chosen');
    const summary = await exportCancelledAfter(3, chosen, REQUEST);
    expect(summary.cancelled).toBe(true);
    expect(summary.folder).toBe(join(chosen, 'Regional letter — 2020-04-28 09.05'));
    expect(readdirSync(chosen)).toEqual(['Regional letter — 2020-04-28 09.05']);
    const onDisk = readdirSync(summary.folder).sort();
    expect(onDisk).toEqual([...summary.files.map((file) => basename(file)), 'Export summary.txt'].sort());
    expect(summary.files).toHaveLength(3);
    expect(summary.lettersWritten).toBe(3);
    expect(summary.recipients).toBe(report.recipients);
    for (const file of summary.files) expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Recipient name');
    expect(summary.warnings).toContain('3 letters were written with unresolved fields marked in the text.');
    expect(summary.warnings.join('\n')).not.toContain(`${report.recipients} letters were written`);

    const text = readFileSync(join(summary.folder, 'Export summary.txt'), 'utf8');
    expect(text).toContain('Export of "Regional letter"');
    expect(text).toContain(`Cancelled after 3 of ${report.recipients} letters`);
    expect(text).toContain('Files (3):');
    for (const file of summary.files) expect(text).toContain(`  ${basename(file)}\t`);
    expect(text).toContain('3 letters were written with unresolved fields marked in the text.');
  });

  it('a second run started in the same minute gets its own folder and leaves the first as it was', async () => {
    const chosen = join(folder, 'chosen');
    const before = readdirSync(join(chosen, 'Regional letter — 2020-04-28 09.05')).sort();
    const summary = await exportCancelledAfter(1, chosen, { ...REQUEST, format: 'docx' });
    expect(summary.folder).toBe(join(chosen, 'Regional letter — 2020-04-28 09.05 (2)'));
    expect(readdirSync(join(chosen, 'Regional letter — 2020-04-28 09.05')).sort()).toEqual(before);
    expect(readdirSync(summary.folder).sort()).toEqual([basename(summary.files[0]!), 'Export summary.txt'].sort());
    expect(summary.files[0]).toMatch(/\.docx$/);
    expect(summary.warnings).toContain('1 letter was written with unresolved fields marked in the text.');
  });
});
