import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { ExportWorkerPool } from '../../../../../../src/main/services/export/export-worker-pool';
import { runExportJob } from '../../../../../../src/main/services/export/run-export-job';
import { importRecipients } from '../../../../../../src/main/services/recipients/import-recipients';
import { listRecipients, updateRecipient } from '../../../../../../src/main/services/recipients/recipient-store';
import { importSignatories } from '../../../../../../src/main/services/signatories/import-signatories';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';
import type { ExportProgress, ExportRequest } from '../../../../../../src/shared/merge/export-request';
import { isUserError } from '../../../../../../src/shared/model/user-error';

let folder: string;
let campaign: CampaignFile;
const DATE = '2020-04-28';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-export-job-'));
  campaign = createCampaignFromTemplate(join(folder, 'job.undersigned'), findTemplate('regional-organizations'), 'Regional letter');
  await importSignatories(campaign.db, { source: 'tests/fixtures/signatories/signatories-bom-crlf.csv' });
  await importRecipients(campaign.db, { source: 'tests/fixtures/recipients/regional-heads.csv' });
});
afterAll(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

function request(change: Partial<ExportRequest> = {}): ExportRequest {
  return {
    format: 'pdf',
    perRecipient: true,
    combined: false,
    namePattern: '{recipient.organization} - {date | format: "iso"}',
    force: false,
    ...change,
  };
}

function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

describe('runExportJob', () => {
  it('refuses to start while fields are unresolved, writing nothing', async () => {
    const out = join(folder, 'refused');
    const error = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request(),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
    }).catch((caught: unknown) => caught);
    expect(isUserError(error) && error.code).toBe('unresolved-fields');
    expect((error as Error).message).toContain('Organization of American States: Recipient name');
    expect(existsSync(out)).toBe(false);
  });

  it('with force, writes one PDF per recipient with the unresolved field marked, and a combined PDF with every page', async () => {
    const out = join(folder, 'forced');
    const progress: ExportProgress[] = [];
    const summary = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ force: true, combined: true }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
      onProgress: (update) => progress.push(update),
    });
    expect(summary.recipients).toBe(5);
    expect(summary.files.map((file) => basename(file))).toEqual([
      'Regional letter - all letters.pdf',
      'African Union - 2020-04-28.pdf',
      'Association of Southeast Asian Nations - 2020-04-28.pdf',
      'Economic Community of West African States - 2020-04-28.pdf',
      'Organization of American States - 2020-04-28.pdf',
      'League of Arab States - 2020-04-28.pdf',
    ]);
    expect(readdirSync(out).sort()).toEqual(summary.files.map((file) => basename(file)).sort());
    expect(summary.warnings).toContain('1 letter was written with unresolved fields marked in the text.');

    const africanUnion = pdfText(join(out, 'African Union - 2020-04-28.pdf'));
    expect(africanUnion).toContain('H.E. Moussa Faki Mahamat');
    expect(africanUnion).toContain('New York, 28 April 2020');
    expect(africanUnion).toContain('We therefore respectfully encourage the African Union to:');
    const oas = pdfText(join(out, 'Organization of American States - 2020-04-28.pdf'));
    expect(oas).toContain('Recipient name');
    expect(oas).toContain('Dear Secretary General,');

    const letters = summary.files.slice(1);
    const pages = letters.reduce((total, file) => total + pdfPages(file), 0);
    expect(pdfPages(join(out, 'Regional letter - all letters.pdf'))).toBe(pages);
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 6, total: 6 });
    expect(progress.some((update) => update.current === 'Moussa Faki Mahamat, African Union')).toBe(true);

    const row = campaign.db.prepare('SELECT formats, recipients, files FROM exports WHERE id = ?').get(summary.exportId) as {
      formats: string;
      recipients: number;
      files: string;
    };
    expect(row.recipients).toBe(5);
    expect(JSON.parse(row.files)).toHaveLength(6);
    expect(JSON.parse(row.formats)).toMatchObject({ format: 'pdf', combined: true, force: true });
  });

  it('writes DOCX and PDF on worker threads, numbering names that collide', async () => {
    const recipients = listRecipients(campaign.db);
    updateRecipient(campaign.db, recipients[3]!.id, { name: 'Albert Ramdin' });
    const out = join(folder, 'both');
    // One worker keeps the suite light; the benchmark runs one per core.
    const workers = new ExportWorkerPool(1);
    const summary = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ format: 'both', namePattern: 'Letter - {date | format: "year"}' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers,
    }).finally(() => workers.close());
    expect(summary.files.map((file) => basename(file))).toEqual([
      'Letter - 2020.pdf',
      'Letter - 2020.docx',
      'Letter - 2020 (2).pdf',
      'Letter - 2020 (2).docx',
      'Letter - 2020 (3).pdf',
      'Letter - 2020 (3).docx',
      'Letter - 2020 (4).pdf',
      'Letter - 2020 (4).docx',
      'Letter - 2020 (5).pdf',
      'Letter - 2020 (5).docx',
    ]);
    expect(summary.peakWorkerHeapBytes).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'Letter - 2020 (4).docx')));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const text = documentXml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '');
    expect(text).toContain('Albert Ramdin');
    expect(text).toContain('Organization of American States');
    expect(text).not.toContain('Recipient name');
    expect(pdfText(join(out, 'Letter - 2020 (4).pdf'))).toContain('Albert Ramdin');
  });

  it('on cancel lets the letters being written finish, starts no more, and leaves only complete files', async () => {
    const out = join(folder, 'cancelled');
    const controller = new AbortController();
    const summary = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ format: 'both' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
      signal: controller.signal,
      onProgress: (update) => {
        if (update.done === 2) controller.abort();
      },
    });
    expect(summary.cancelled).toBe(true);
    const onDisk = readdirSync(out).sort();
    expect(onDisk).toEqual(summary.files.map((file) => basename(file)).sort());
    expect(onDisk).toEqual([
      'African Union - 2020-04-28.docx',
      'African Union - 2020-04-28.pdf',
      'Association of Southeast Asian Nations - 2020-04-28.docx',
      'Association of Southeast Asian Nations - 2020-04-28.pdf',
    ]);
    for (const file of onDisk.filter((name) => name.endsWith('.pdf'))) expect(pdfPages(join(out, file))).toBeGreaterThan(0);
    for (const file of onDisk.filter((name) => name.endsWith('.docx')))
      expect(Object.keys((await JSZip.loadAsync(readFileSync(join(out, file)))).files)).toContain('word/document.xml');
    const row = campaign.db.prepare('SELECT formats FROM exports WHERE id = ?').get(summary.exportId) as { formats: string };
    expect(JSON.parse(row.formats)).toMatchObject({ cancelled: true });
  });

  it('refuses a file-name pattern with a field that does not exist', async () => {
    const out = join(folder, 'typo');
    await expect(
      runExportJob({
        db: campaign.db,
        folder: out,
        request: request({ force: true, namePattern: '{recipient.organisation}' }),
        campaignName: 'Regional letter',
        date: DATE,
        workers: 0,
      }),
    ).rejects.toThrow('names "recipient.organisation", which is not a field');
    expect(existsSync(out)).toBe(false);
  });

  it('keeps a hostile organization name inside the chosen folder', async () => {
    const recipients = listRecipients(campaign.db);
    updateRecipient(campaign.db, recipients[0]!.id, { organization: '../../etc/passwd' });
    updateRecipient(campaign.db, recipients[1]!.id, { organization: 'CON' });
    const out = join(folder, 'hostile');
    const summary = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ namePattern: '{recipient.organization}' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
    });
    expect(summary.files.slice(0, 2).map((file) => basename(file))).toEqual(['etc passwd.pdf', '_CON.pdf']);
    const placed = await runExportJob({
      db: campaign.db,
      folder: join(out, 'placed'),
      request: request({ namePattern: '{place} {recipient.extra.Acronym}' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
    });
    expect(basename(placed.files[2]!)).toBe('New York ECOWAS.pdf');
    expect(summary.files.every((file) => file.startsWith(`${out}/`))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual([
      'both',
      'cancelled',
      'forced',
      'hostile',
      'job.undersigned',
    ]);
  });

  it('clears a stale temporary file left by a killed export, and only a stale one', async () => {
    const out = join(folder, 'stale');
    mkdirSync(out);
    const stale = join(out, '.undersigned-0123456789abcdef.part');
    const fresh = join(out, '.undersigned-fedcba9876543210.part');
    writeFileSync(stale, 'half a letter');
    writeFileSync(fresh, 'a letter being written by another export');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ force: true, namePattern: '{recipient.organization}' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
    });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('skips a recipient removed while the export runs', async () => {
    const last = listRecipients(campaign.db).at(-1)!;
    const out = join(folder, 'removed');
    const summary = await runExportJob({
      db: campaign.db,
      folder: out,
      request: request({ force: true, namePattern: '{recipient.organization}' }),
      campaignName: 'Regional letter',
      date: DATE,
      workers: 0,
      onProgress: (update) => {
        if (update.done === 1) campaign.db.prepare('DELETE FROM recipients WHERE id = ?').run(last.id);
      },
    });
    expect(summary.files).toHaveLength(4);
    expect(summary.files.some((file) => file.includes('League of Arab States'))).toBe(false);
    expect(summary.warnings).toContain('A recipient removed while the export ran was skipped.');
  });
});
