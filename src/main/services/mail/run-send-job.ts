import type { Database } from 'better-sqlite3';
import type { Transporter } from 'nodemailer';
import { letterDate } from '../../../shared/deliveries/letter-date';
import { printedSignatories } from '../../../shared/deliveries/printed-signatories';
import { recipientKey } from '../../../shared/deliveries/recipient-key';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';
import { expandMailPattern } from '../../../shared/mail/expand-mail-pattern';
import { isEmailAddress } from '../../../shared/mail/is-email-address';
import type { MailSettings, SendProgress, SendRequest, SendSummary } from '../../../shared/mail/mail-settings';
import type { MergeEnvironment } from '../../../shared/merge/evaluate-merge-field';
import { DEFAULT_NAME_PATTERN } from '../../../shared/merge/export-request';
import { expandNamePattern } from '../../../shared/merge/expand-name-pattern';
import type { MergeContext } from '../../../shared/merge/merge-context';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import type { Recipient } from '../../../shared/model/recipient';
import { UserError } from '../../../shared/model/user-error';
import { currentSignatories } from '../deliveries/current-signatories';
import { listDeliveries } from '../deliveries/list-deliveries';
import { recordDeliveries } from '../deliveries/record-deliveries';
import type { OutputFormat } from '../export/export-task';
import { ExportWorkerPool } from '../export/export-worker-pool';
import { loadLetterRenderers } from '../export/letter-renderers';
import { loadMergeInputs } from '../export/load-merge-inputs';
import { listRecipients } from '../recipients/recipient-store';
import { createMailTransport, describeMailError, verifyMailTransport } from './create-mail-transport';

export interface SendJobOptions {
  db: Database;
  settings: MailSettings;
  /** From the OS keychain (desktop) or UNDERSIGNED_SMTP_PASSWORD (web mode, CLI); never stored in the campaign. */
  password: string | null;
  request: SendRequest;
  /** Lists what would be sent; connects to no server. */
  dryRun?: boolean;
  /** A test send: the first recipient's message goes to this address instead, and nothing is recorded. */
  testTo?: string;
  date?: string;
  /** Worker threads that render the attachments (the export's); default a pool of its own. 0 renders here. */
  workers?: ExportWorkerPool | 0;
  signal?: AbortSignal;
  onProgress?: (progress: SendProgress) => void;
  jobId?: string;
  /** Temporary failures (4xx, a dropped connection) are tried again this many times, waiting `delayMs` more each time. */
  retry?: { attempts: number; delayMs: number };
  timeoutMs?: number;
}

interface PlannedMessage {
  recipient: Recipient;
  label: string;
  to: string;
  context: MergeContext;
}

const wait = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Sends each included recipient their own letter, one message to their address only, the letter
 * attached as the export job renders it. Skips recipients without a usable address, those already
 * sent to (unless `resend`) and letters with unresolved fields; retries temporary failures; reports
 * permanent ones per recipient and goes on. A message counts as sent, and is recorded in the
 * campaign, only once the server accepted it.
 */
export async function runSendJob(options: SendJobOptions): Promise<SendSummary & { cancelled: boolean }> {
  const { db, settings, request } = options;
  const inputs = loadMergeInputs(db, options.date ? { date: options.date } : {});
  const { letter } = inputs;
  const formats: OutputFormat[] = request.attach === 'both' ? ['pdf', 'docx'] : [request.attach];
  const summary: SendSummary = { sent: [], skipped: [], failed: [] };
  const recipients = listRecipients(db, { includedOnly: true });
  if (recipients.length === 0)
    throw new UserError('No recipient is included: choose a recipient list (or include some recipients) before sending.', { code: 'no-recipients' });

  const alreadySent = new Map<string, string>();
  for (const delivery of listDeliveries(db)) {
    if (delivery.channel !== 'email' || delivery.kind !== 'letter') continue;
    if (delivery.recipientId !== null) alreadySent.set(`id:${delivery.recipientId}`, delivery.deliveredAt);
    alreadySent.set(`key:${delivery.recipientKey}`, delivery.deliveredAt);
  }
  const environment: MergeEnvironment = {
    language: letter.settings.language,
    place: '',
    signatoryCount: inputs.signatories.filter((signatory) => signatory.status === 'confirmed').length,
  };

  const planned: PlannedMessage[] = [];
  recipients.forEach((recipient, position) => {
    const label = recipientLabel(recipient, position);
    const address = recipient.email?.trim() ?? '';
    const context: MergeContext = { recipient, signatories: inputs.signatories, date: inputs.date, logo: inputs.logo };
    if (options.testTo) {
      if (planned.length === 0 && resolveLetter(letter, context).unresolved.length === 0) planned.push({ recipient, label, to: options.testTo, context });
      return;
    }
    if (address === '') return summary.skipped.push({ recipient: label, reason: 'no e-mail address' });
    if (!isEmailAddress(address)) return summary.skipped.push({ recipient: label, reason: `"${address}" is not an e-mail address` });
    const sentAt = alreadySent.get(`id:${recipient.id}`) ?? alreadySent.get(`key:${recipientKey(recipient)}`);
    if (sentAt && !request.resend) return summary.skipped.push({ recipient: label, reason: `already sent on ${sentAt.slice(0, 10)}` });
    const unresolved = resolveLetter(letter, context).unresolved;
    if (unresolved.length > 0) return summary.skipped.push({ recipient: label, reason: `the letter has unresolved fields: ${unresolved.join(', ')}` });
    planned.push({ recipient, label, to: address, context });
  });
  if (options.testTo && planned.length === 0)
    throw new UserError('No recipient’s letter is complete enough for a test: fill the fields the check lists first.', { code: 'nothing-to-test' });

  const jobId = options.jobId ?? `send-${Date.now().toString(36)}`;
  const progress: SendProgress = { jobId, state: 'running', done: 0, total: planned.length, current: '', summary, error: null };
  const report = (): void => options.onProgress?.({ ...progress, summary: { sent: [...summary.sent], skipped: [...summary.skipped], failed: [...summary.failed] } });
  if (options.dryRun) {
    for (const message of planned) summary.sent.push({ recipient: message.label, to: message.to });
    progress.state = 'done';
    report();
    return { ...summary, cancelled: false };
  }

  const transport: Transporter = createMailTransport(settings, options.password, { timeoutMs: options.timeoutMs });
  const ownsPool = options.workers === undefined;
  const pool = options.workers === undefined ? (ExportWorkerPool.available() ? new ExportWorkerPool() : null) : options.workers || null;
  const renderers = pool ? null : await loadLetterRenderers();
  let taskId = 0;
  const render = async (message: PlannedMessage): Promise<{ filename: string; content: Buffer }[]> => {
    const { ir } = resolveLetter(letter, message.context);
    const base = sanitizeFileName(expandNamePattern(DEFAULT_NAME_PATTERN, message.context, environment).text, 'letter');
    return Promise.all(
      formats.map(async (format) => {
        let bytes: Uint8Array;
        if (pool) {
          const result = await pool.run({ kind: 'preview', taskId: (taskId += 1), ir, format });
          if (result.kind !== 'rendered') throw new Error(result.kind === 'failed' ? result.message : 'the attachment was not rendered');
          bytes = result.bytes;
        } else bytes = await renderers![format](ir);
        return { filename: `${base}.${format}`, content: Buffer.from(bytes) };
      }),
    );
  };
  const printed = printedSignatories(letter.doc, currentSignatories(db, inputs.signatories));
  const retry = options.retry ?? { attempts: 3, delayMs: 2_000 };
  const interval = 60_000 / settings.messagesPerMinute;
  let lastSentAt = -Infinity;
  const cancelled = (): boolean => options.signal?.aborted === true;

  try {
    await verifyMailTransport(transport, settings);
    report();
    // Letters render on the workers a few ahead of the message being sent.
    const lookahead = pool ? pool.size * 2 : 1;
    const rendering = new Map<number, Promise<{ filename: string; content: Buffer }[]>>();
    const renderAhead = (upTo: number): void => {
      for (let ahead = 0; ahead < upTo; ahead += 1) {
        const index = rendering.size === 0 ? 0 : Math.max(...rendering.keys()) + 1;
        if (index >= planned.length) return;
        const promise = render(planned[index]!);
        promise.catch(() => undefined);
        rendering.set(index, promise);
      }
    };
    renderAhead(lookahead);
    for (let index = 0; index < planned.length && !cancelled(); index += 1) {
      const message = planned[index]!;
      progress.current = message.label;
      let attachments: { filename: string; content: Buffer }[] | null = null;
      try {
        attachments = await rendering.get(index)!;
      } catch (error) {
        summary.failed.push({ recipient: message.label, to: message.to, reason: `the letter could not be rendered: ${(error as Error).message}` });
      }
      rendering.set(index, Promise.resolve([]));
      renderAhead(1);
      if (attachments) {
        const subject = expandMailPattern(request.subject, message.context, environment, letter.title).text.replace(/\s+/g, ' ').trim();
        const body = expandMailPattern(request.body, message.context, environment, letter.title).text;
        let stoppedBy: string | null = null;
        for (let attempt = 0; ; attempt += 1) {
          await wait(lastSentAt + interval - performance.now(), options.signal);
          lastSentAt = performance.now();
          try {
            const info = (await transport.sendMail({
              from: settings.from,
              to: message.to,
              ...(settings.replyTo.trim() ? { replyTo: settings.replyTo.trim() } : {}),
              subject: options.testTo ? `[Test] ${subject}` : subject,
              text: body,
              attachments,
            })) as { messageId: string; accepted: (string | { address: string })[]; rejected: unknown[]; response: string };
            const accepted = info.accepted.some((entry) => (typeof entry === 'string' ? entry : entry.address).toLowerCase() === message.to.toLowerCase());
            if (!accepted) {
              summary.failed.push({ recipient: message.label, to: message.to, reason: info.response || 'the server did not accept the address' });
              break;
            }
            summary.sent.push({ recipient: message.label, to: message.to });
            if (!options.testTo)
              recordDeliveries(db, {
                exportId: null,
                kind: 'letter',
                channel: 'email',
                letter,
                letterDate: letterDate(letter.doc, inputs.date),
                entries: [
                  {
                    recipientId: message.recipient.id,
                    recipientKey: recipientKey(message.recipient),
                    recipientLabel: message.label,
                    signatories: printed,
                    files: attachments.map((attachment) => attachment.filename),
                    address: message.to,
                    messageId: info.messageId,
                  },
                ],
              });
            break;
          } catch (error) {
            const problem = describeMailError(error);
            if (problem.temporary && attempt + 1 < retry.attempts && !cancelled()) {
              await wait(retry.delayMs * (attempt + 1), options.signal);
              continue;
            }
            summary.failed.push({ recipient: message.label, to: message.to, reason: problem.reason });
            if (problem.connection) stoppedBy = problem.reason;
            break;
          }
        }
        if (stoppedBy) {
          for (const rest of planned.slice(index + 1)) summary.skipped.push({ recipient: rest.label, reason: `not sent: the server stopped answering (${stoppedBy})` });
          progress.done = planned.length;
          break;
        }
      }
      progress.done += 1;
      report();
    }
    await Promise.allSettled(rendering.values());
  } catch (error) {
    progress.state = 'failed';
    progress.error = (error as Error).message;
    report();
    throw error;
  } finally {
    transport.close();
    if (ownsPool) await pool?.close();
  }
  const wasCancelled = cancelled();
  if (wasCancelled) {
    const attempted = new Set([...summary.sent, ...summary.failed].map((entry) => entry.recipient));
    for (const rest of planned) if (!attempted.has(rest.label)) summary.skipped.push({ recipient: rest.label, reason: 'cancelled' });
  }
  progress.state = wasCancelled ? 'cancelled' : 'done';
  progress.current = '';
  report();
  return { ...summary, cancelled: wasCancelled };
}
