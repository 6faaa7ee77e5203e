import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { ExportJobs } from '../../../../../../src/main/services/export/export-jobs';
import { loadMergeInputs } from '../../../../../../src/main/services/export/load-merge-inputs';
import { scriptWords } from '../../../../../../src/main/services/export/script-words';
import type { IRBlock } from '../../../../../../src/shared/document/letter-ir';
import { readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';
import { resolveLetter } from '../../../../../../src/shared/merge/resolve-letter';
import { importRecipients } from '../../../../../../src/main/services/recipients/import-recipients';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';
import type { ExportRequest } from '../../../../../../src/shared/merge/export-request';

let folder: string;
let campaign: CampaignFile;
const jobs = new ExportJobs();
const REQUEST: ExportRequest = { format: 'pdf', perRecipient: true, combined: false, namePattern: '{recipient.organization}', force: true };

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  folder = mkdtempSync(join(tmpdir(), 'undersigned-export-jobs-'));
  campaign = createCampaignFromTemplate(join(folder, 'jobs.undersigned'), findTemplate('regional-organizations'), 'Jobs');
  await importRecipients(campaign.db, { source: 'tests/fixtures/recipients/regional-heads.csv' });
});
afterAll(async () => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  await jobs.close();
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('ExportJobs', () => {
  it('runs an export in the background, reports progress, allows one at a time, and keeps its workers for the next', async () => {
    const out = join(folder, 'first');
    const jobId = jobs.start({ db: campaign.db, folder: out, request: REQUEST, campaignName: 'Jobs' });
    expect(jobs.progress(jobId)).toMatchObject({ jobId, state: 'running', folder: out });
    expect(() => jobs.start({ db: campaign.db, folder: out, request: REQUEST, campaignName: 'Jobs' })).toThrow(/already running/);
    const summary = await jobs.finished(jobId);
    expect(summary?.files).toHaveLength(5);
    expect(jobs.progress(jobId)).toMatchObject({ state: 'done', done: 5, total: 5, current: '' });
    expect(jobs.cancel(jobId)).toBe(false);

    const again = jobs.start({
      db: campaign.db,
      folder: join(folder, 'second'),
      request: { ...REQUEST, format: 'docx' },
      campaignName: 'Jobs',
    });
    expect(jobs.cancel(again)).toBe(true);
    const cancelled = await jobs.finished(again);
    expect(jobs.progress(again).state).toBe('cancelled');
    expect(readdirSync(join(folder, 'second')).sort()).toEqual((cancelled?.files ?? []).map((file) => file.split('/').at(-1)).sort());
    expect(() => jobs.progress('no-such-job')).toThrow(/no longer known/);
  });

  it('renders a preview on a worker ahead of the letters of a running export', async () => {
    const letters = loadMergeInputs(campaign.db, { date: '2020-04-28' });
    const { ir } = resolveLetter(letters.letter, { recipient: null, signatories: letters.signatories, date: letters.date, force: true });
    const jobId = jobs.start({
      db: campaign.db,
      folder: join(folder, 'during-preview'),
      request: { ...REQUEST, format: 'both' },
      campaignName: 'Jobs',
    });
    const bytes = await jobs.renderPdf(ir);
    const stateWhenPreviewed = jobs.progress(jobId).state;
    await jobs.finished(jobId);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(stateWhenPreviewed).toBe('running');
  });

  it('warms its workers with a campaign\'s names in other scripts, then renders a letter holding them on those workers', async () => {
    const names = ['مركز القاهرة لدراسات حقوق الإنسان', '참여연대', 'ヒューマン・ライツ・ナウ'];
    const letter = sampleLetter({ signatories: 10 });
    jobs.prepare({ kind: 'warm', words: scriptWords(names), family: letter.settings.fontFamily });
    const blocks = letter.blocks.map((block): IRBlock => (block.kind === 'signatoryList' ? { ...block, groups: [{ title: '', entries: names }] } : block));
    const { text } = readPdfWithPoppler(await jobs.renderPdf({ ...letter, blocks }));
    const lines = text.replace(/[\u202a-\u202e]/g, '').split('\n');
    for (const name of names) expect(lines).toContain(name);
  });

  it('reports a job that cannot start as failed, with the reason', async () => {
    const jobId = jobs.start({
      db: campaign.db,
      folder: join(folder, 'strict'),
      request: { ...REQUEST, force: false },
      campaignName: 'Jobs',
    });
    await jobs.finished(jobId);
    expect(jobs.progress(jobId)).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('Organization of American States: Recipient name'),
    });
  });
});
