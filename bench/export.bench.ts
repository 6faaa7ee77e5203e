import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignFile } from '../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../src/main/services/campaign/letters';
import { ExportWorkerPool } from '../src/main/services/export/export-worker-pool';
import { loadMergeInputs } from '../src/main/services/export/load-merge-inputs';
import { runExportJob } from '../src/main/services/export/run-export-job';
import { addPresetRecipients } from '../src/main/services/recipients/add-preset-recipients';
import { listRecipients, setRecipientsIncluded } from '../src/main/services/recipients/recipient-store';
import { findTemplate } from '../src/main/services/templates/templates';
import type { LetterNode } from '../src/shared/document/letter-document';
import type { ExportRequest } from '../src/shared/merge/export-request';
import { resolveLetter } from '../src/shared/merge/resolve-letter';
import { sampleSignatoryNames } from '../tests/fixtures/pdf/sample-letters';
import type { BenchResult } from './bench-result';

const RECIPIENTS = 200;
const SIGNATORIES = 120;
const TARGET_MS = 4000;
const REQUEST: ExportRequest = {
  format: 'both',
  perRecipient: true,
  combined: false,
  namePattern: '{recipient.organization} - {date}',
  force: true,
};

/** A campaign of 200 recipients (UN Member States, then regional organizations) and a three-page letter with 120 signatories. */
function benchCampaign(folder: string): CampaignFile {
  const campaign = createCampaignFromTemplate(
    join(folder, 'bench.undersigned'),
    findTemplate('regional-organizations'),
    'Benchmark letter',
  );
  const letter = getLetter(campaign.db);
  const content = letter.doc.content ?? [];
  const body = content.filter((node) => node.type === 'paragraph' || node.type === 'bulletList').slice(2);
  const signatureIndex = content.findIndex((node) => node.type === 'signatureBlock');
  // The template's own body twice more brings the letter to three pages with the signatory list.
  const doc: LetterNode = {
    ...letter.doc,
    content: [
      ...content.slice(0, signatureIndex),
      ...body,
      ...body,
      content[signatureIndex]!,
      {
        type: 'signatoryList',
        attrs: { statuses: ['confirmed'], format: 'name-only', sort: 'name', columns: 2, heading: 'Signatories', showCount: true },
      },
    ],
  };
  saveLetter(campaign.db, { doc, settings: letter.settings });
  const insert = campaign.db.prepare(
    "INSERT INTO signatories (name, name_key, status, position, created_at, updated_at) VALUES (?, ?, 'confirmed', ?, ?, ?)",
  );
  const now = new Date().toISOString();
  campaign.db.transaction(() =>
    sampleSignatoryNames(SIGNATORIES).forEach((name, position) => insert.run(name, name.toLowerCase(), position, now, now)),
  )();
  addPresetRecipients(campaign.db, 'un-member-states');
  addPresetRecipients(campaign.db, 'regional-organizations');
  setRecipientsIncluded(
    campaign.db,
    listRecipients(campaign.db)
      .slice(RECIPIENTS)
      .map((recipient) => recipient.id),
    false,
  );
  return campaign;
}

function limitIncluded(campaign: CampaignFile, count: number): void {
  const recipients = listRecipients(campaign.db);
  setRecipientsIncluded(
    campaign.db,
    recipients.slice(0, count).map((recipient) => recipient.id),
    true,
  );
  setRecipientsIncluded(
    campaign.db,
    recipients.slice(count).map((recipient) => recipient.id),
    false,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const mebibytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Merge and export: 200 recipients × a three-page letter with 120 signatories, PDF and DOCX, on worker threads. */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-export-bench-'));
  const campaign = benchCampaign(folder);
  try {
    const inputs = loadMergeInputs(campaign.db);
    const recipients = listRecipients(campaign.db, { includedOnly: true });
    const mergeTimes: number[] = [];
    for (let round = 0; round < 7; round += 1) {
      const start = performance.now();
      for (const recipient of recipients)
        resolveLetter(inputs.letter, { recipient, signatories: inputs.signatories, date: inputs.date, force: true });
      mergeTimes.push(performance.now() - start);
    }

    const coldStart = performance.now();
    const cold = await runExportJob({ db: campaign.db, folder: join(folder, 'cold'), request: REQUEST, campaignName: 'Benchmark' });
    const coldMs = performance.now() - coldStart;

    const pool = new ExportWorkerPool();
    const readyStart = performance.now();
    await pool.ready();
    const startupMs = performance.now() - readyStart;
    const warmTimes: number[] = [];
    let files = 0;
    try {
      for (let round = 0; round < 3; round += 1) {
        const out = join(folder, `warm-${round}`);
        const summary = await runExportJob({ db: campaign.db, folder: out, request: REQUEST, campaignName: 'Benchmark', workers: pool });
        warmTimes.push(summary.elapsedMs);
        files = summary.files.length;
      }
      const heapAt200 = pool.peakHeapBytes;
      limitIncluded(campaign, 50);
      const small = new ExportWorkerPool();
      await small.ready();
      await runExportJob({ db: campaign.db, folder: join(folder, 'fifty'), request: REQUEST, campaignName: 'Benchmark', workers: small }).finally(() =>
        small.close(),
      );
      const heapAt50 = small.peakHeapBytes;
      limitIncluded(campaign, RECIPIENTS);

      const results: BenchResult[] = [
        { name: `merge only: resolveLetter for ${RECIPIENTS} recipients`, medianMs: median(mergeTimes) },
        {
          name: `export ${RECIPIENTS} recipients × 3-page letter, ${SIGNATORIES} signatories, PDF + DOCX (${pool.size} workers ready)`,
          medianMs: median(warmTimes),
          targetMs: TARGET_MS,
          notes: `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; ${files} files; per worker, peak heap ${mebibytes(heapAt200)} at ${RECIPIENTS} recipients (3 runs), ${mebibytes(heapAt50)} at 50 (target < 300 MiB, not growing)`,
        },
        {
          name: 'the same from cold: worker start-up (tsx, exporters, fonts) included',
          medianMs: coldMs,
          notes: `start-up alone ${startupMs.toFixed(0)} ms; ${cold.files.length} files`,
        },
      ];

      const docxFolder = join(folder, 'warm-0');
      const docxFiles = readdirSync(docxFolder).filter((file) => file.endsWith('.docx'));
      try {
        const sofficeOut = join(folder, 'soffice');
        const sofficeStart = performance.now();
        execFileSync(
          'soffice',
          [
            '--headless',
            `-env:UserInstallation=file://${join(folder, 'soffice-profile')}`,
            '--convert-to',
            'pdf',
            '--outdir',
            sofficeOut,
            ...docxFiles.map((file) => join(docxFolder, file)),
          ],
          {
            stdio: 'ignore',
            timeout: 600_000,
          },
        );
        const sofficeMs = performance.now() - sofficeStart;
        const converted = readdirSync(sofficeOut).length;
        results.push({
          name: `LibreOffice converting the same ${docxFiles.length} DOCX to PDF in one call`,
          medianMs: sofficeMs,
          notes: `${converted} PDFs; our PDF + DOCX export takes ${(median(warmTimes) / sofficeMs).toFixed(2)} of its time (goal < 0.4)`,
        });
      } catch (error) {
        results.push({ name: 'LibreOffice comparison', medianMs: 0, notes: `not run: ${(error as Error).message.split('\n')[0]}` });
      }
      return results;
    } finally {
      await pool.close();
    }
  } finally {
    campaign.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
