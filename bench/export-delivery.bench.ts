import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../src/main/services/campaign/letters';
import { ExportWorkerPool } from '../src/main/services/export/export-worker-pool';
import { runExportJob } from '../src/main/services/export/run-export-job';
import { runSendJob } from '../src/main/services/mail/run-send-job';
import { addPresetRecipients } from '../src/main/services/recipients/add-preset-recipients';
import { findTemplate } from '../src/main/services/templates/templates';
import { DEFAULT_MAIL_PATTERNS } from '../src/shared/mail/mail-settings';
import type { ExportRequest } from '../src/shared/merge/export-request';
import { startLocalSmtpServer } from '../tests/fixtures/mail/local-smtp-server';
import { sampleSignatoryNames } from '../tests/fixtures/pdf/sample-letters';
import type { BenchResult } from './bench-result';

const SIGNATORIES = 120;
const JOINED = 23;
const REQUEST: ExportRequest = { format: 'both', perRecipient: true, combined: false, namePattern: '{recipient.organization} - {date}', force: true };

/**
 * After the letters went to the 193 UN Member States: the addendum for 23 organizations that joined
 * since (PDF + DOCX per recipient), and e-mailing the 193 letters (PDF attached) to an SMTP server on 127.0.0.1.
 */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-delivery-bench-'));
  const campaign = createCampaignFromTemplate(join(folder, 'bench.undersigned'), findTemplate('regional-organizations'), 'Benchmark letter');
  const server = await startLocalSmtpServer();
  const pool = new ExportWorkerPool();
  try {
    const letter = getLetter(campaign.db);
    const list = { type: 'signatoryList', attrs: { statuses: ['confirmed'], format: 'name-only', sort: 'name', columns: 2, heading: 'Signatories', showCount: true } };
    saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), list] }, settings: letter.settings });
    const insert = campaign.db.prepare("INSERT INTO signatories (name, name_key, status, position, created_at, updated_at) VALUES (?, ?, 'confirmed', ?, ?, ?)");
    const names = sampleSignatoryNames(SIGNATORIES + JOINED);
    const addSignatories = (from: number, to: number): void => {
      const now = new Date().toISOString();
      campaign.db.transaction(() => names.slice(from, to).forEach((name, offset) => insert.run(name, name.toLowerCase(), from + offset, now, now)))();
    };
    addSignatories(0, SIGNATORIES);
    addPresetRecipients(campaign.db, 'un-member-states');
    // Each mission's details filled in, as a coordinator does before sending.
    campaign.db
      .prepare(
        `UPDATE recipients SET email = 'mission' || id || '@un.example.org', name = 'Permanent Representative of ' || country,
           title = 'Ambassador', organization = 'Permanent Mission of ' || country, address_lines = '["United Nations Plaza","New York"]'`,
      )
      .run();
    await pool.ready();
    const letters = await runExportJob({ db: campaign.db, folder: join(folder, 'letters'), request: REQUEST, campaignName: 'Benchmark', workers: pool });
    addSignatories(SIGNATORIES, SIGNATORIES + JOINED);

    const addendumStart = performance.now();
    const addenda = await runExportJob({
      db: campaign.db,
      folder: join(folder, 'addenda'),
      request: REQUEST,
      campaignName: 'Benchmark',
      workers: pool,
      addendum: { includeWithdrawn: false },
    });
    const addendumMs = performance.now() - addendumStart;

    const sendStart = performance.now();
    const sent = await runSendJob({
      db: campaign.db,
      settings: { host: '127.0.0.1', port: server.port, security: 'none', user: 'coordinator', from: 'coalition@example.org', replyTo: '', messagesPerMinute: 6_000 },
      password: 'password',
      request: { ...DEFAULT_MAIL_PATTERNS.en, attach: 'pdf', resend: false },
      workers: pool,
    });
    const sendMs = performance.now() - sendStart;
    return [
      {
        name: `addendum: ${addenda.recipients} recipients, ${JOINED} organizations joined since, PDF + DOCX (${pool.size} workers ready)`,
        medianMs: addendumMs,
        targetMs: 3000,
        notes: `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; ${addenda.files.length} files; the letters before it: ${letters.files.length} files in ${letters.elapsedMs.toFixed(0)} ms`,
      },
      {
        name: `send ${sent.sent.length} letters by e-mail (PDF attached) to an SMTP server on 127.0.0.1`,
        medianMs: sendMs,
        targetMs: 10_000,
        notes: `${(sendMs / Math.max(1, sent.sent.length)).toFixed(1)} ms per message; ${server.messages.length} messages received, ${sent.failed.length} failed`,
      },
    ];
  } finally {
    await pool.close();
    await server.close();
    campaign.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
