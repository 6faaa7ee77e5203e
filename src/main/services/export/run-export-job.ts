import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { forEachLetterNode } from '../../../shared/document/letter-document';
import type { LetterIR } from '../../../shared/document/letter-ir';
import type { CheckReport } from '../../../shared/merge/check-report';
import type { MergeEnvironment } from '../../../shared/merge/evaluate-merge-field';
import { expandNamePattern } from '../../../shared/merge/expand-name-pattern';
import type { ExportProgress, ExportRequest } from '../../../shared/merge/export-request';
import type { MergeContext } from '../../../shared/merge/merge-context';
import { mergeFieldLabel } from '../../../shared/merge/merge-field-label';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import type { Recipient } from '../../../shared/model/recipient';
import { UserError } from '../../../shared/model/user-error';
import { getRecipient } from '../recipients/recipient-store';
import { letterDate } from '../../../shared/deliveries/letter-date';
import { printedSignatories } from '../../../shared/deliveries/printed-signatories';
import { recipientKey } from '../../../shared/deliveries/recipient-key';
import type { ResolvedLetter } from '../../../shared/merge/resolve-letter';
import { currentSignatories } from '../deliveries/current-signatories';
import { prepareAddendumExport, type AddendumExport } from '../deliveries/prepare-addendum-export';
import { recordDeliveries, type DeliveryEntry } from '../deliveries/record-deliveries';
import type { ExportTask, ExportTaskResult, OutputFormat } from './export-task';
import { ExportWorkerPool } from './export-worker-pool';
import { FileNamer } from './file-namer';
import { loadLetterRenderers, type LabelledLetter } from './letter-renderers';
import { loadMergeInputs } from './load-merge-inputs';
import { unresolvedError } from './unresolved-error';
import { namePatternProblem } from './name-pattern-problem';
import { recordExport } from './record-export';
import { runExportTask } from './run-export-task';
import { claimRunFolder } from './claim-run-folder';
import { exportRunSummary, RUN_SUMMARY_FILE_NAME } from './export-run-summary';
import { writeFileAtomically } from './write-file-atomically';
import { describeDatabaseError } from '../campaign/describe-database-error';

export interface ExportJobOptions {
  db: Database;
  /** The folder the user chose; created when missing. Nothing is written outside it. */
  folder: string;
  request: ExportRequest;
  /** The campaign's name, for the combined file's name. */
  campaignName: string;
  /** ISO date the letters carry; default today. */
  date?: string;
  /** Worker threads to render with; default a pool as large as the machine's cores, closed at the end. 0 renders on this thread. */
  workers?: ExportWorkerPool | 0;
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
  jobId?: string;
  /** Writes each recipient's addendum (the organizations that joined since their letter) instead of the letter. */
  addendum?: { includeWithdrawn: boolean };
  /** Writes into a new folder of this run's own under `folder` ("<campaign> — <date time>") with a summary file, so runs never mix. */
  folderPerRun?: boolean;
  /** When the run started, for its folder's name; default now. */
  startedAt?: Date;
}

/** A file of the export that is not in the folder at the end, and why; `file` is null when the whole task failed before naming one. */
export interface ExportFailure {
  /** The recipient's label, or "the combined PDF". */
  letter: string;
  file: string | null;
  reason: string;
}

export interface ExportSummary {
  jobId: string;
  /** Where the files are: the run's own folder when `folderPerRun`. */
  folder: string;
  /** Full paths of the files written and still in the folder at the end, in the order they were planned. */
  files: string[];
  /** Every planned file that is not there, with its reason: any entry means the export did not fully succeed. */
  failures: ExportFailure[];
  recipients: number;
  /** Recipients whose letter is in a file written and still there (after a cancel, fewer than `recipients`). */
  lettersWritten: number;
  warnings: string[];
  cancelled: boolean;
  /** The campaign's record of this export; null when the campaign could not be written (see `warnings`). */
  exportId: number | null;
  /** For an addendum: the organizations named as joined and as withdrawn. */
  added?: string[];
  withdrawn?: string[];
  peakWorkerHeapBytes: number;
  elapsedMs: number;
}

function includedRecipientIds(db: Database): number[] {
  return (db.prepare('SELECT id FROM recipients WHERE included = 1 ORDER BY list_id, position, id').all() as { id: number }[]).map(
    (row) => row.id,
  );
}

const STALE_TEMPORARY_MS = 10 * 60_000;

function prepareFolder(folder: string): string {
  const absolute = resolve(folder);
  try {
    mkdirSync(absolute, { recursive: true });
  } catch (error) {
    throw new UserError(`The folder "${absolute}" cannot be created: ${(error as Error).message}.`, { code: 'bad-folder', cause: error });
  }
  if (!statSync(absolute).isDirectory()) throw new UserError(`"${absolute}" is not a folder.`, { code: 'bad-folder' });
  // A temporary file left by an export that was killed (the app quit mid-letter) is removed once it is clearly stale.
  for (const name of readdirSync(absolute)) {
    if (!/^\.undersigned-[0-9a-f]{16}\.part$/.test(name)) continue;
    const path = join(absolute, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_TEMPORARY_MS) rmSync(path, { force: true });
  }
  return absolute;
}

/**
 * Exports one letter per included recipient and/or one combined file, in PDF, DOCX or both.
 * Rendering runs on worker threads; letters stream through (only the combined file needs them all),
 * each file is written atomically, a cancel lets running letters finish and starts no more.
 */
export async function runExportJob(options: ExportJobOptions): Promise<ExportSummary> {
  const started = performance.now();
  const startedAt = options.startedAt ?? new Date();
  const { db, request } = options;
  const jobId = options.jobId ?? `export-${Date.now().toString(36)}`;
  if (!request.perRecipient && !request.combined)
    throw new UserError('Choose one file per recipient, a combined file, or both.', { code: 'nothing-to-export' });
  const patternProblem = namePatternProblem(request.namePattern);
  if (patternProblem) throw new UserError(patternProblem, { code: 'bad-name-pattern' });
  const inputs = loadMergeInputs(db, options.date ? { date: options.date } : {});
  const { letter } = inputs;
  const addenda: AddendumExport | null = options.addendum ? prepareAddendumExport(db, inputs, options.addendum) : null;
  const ids = addenda ? addenda.recipientIds : includedRecipientIds(db);
  if (addenda && ids.length === 0)
    throw new UserError('No recipient has anything new since their letter: no addendum to write.', {
      code: 'nothing-new',
      details: { needsLetter: addenda.needsLetter, unknown: addenda.unknown },
    });
  if (addenda?.needsLetter.length)
    inputs.warnings.push(`${addenda.needsLetter.length} recipient(s) never received the letter and get the full letter, not an addendum: ${addenda.needsLetter.join('; ')}.`);
  if (addenda?.unknown.length)
    inputs.warnings.push(`${addenda.unknown.length} recipient(s) were sent letters before Undersigned recorded what each received; what they got is unknown: ${addenda.unknown.join('; ')}.`);
  if (ids.length === 0)
    throw new UserError('No recipient is included: choose a recipient list (or include some recipients) before exporting.', {
      code: 'no-recipients',
    });

  const contextFor = (recipient: Recipient): MergeContext => ({
    recipient,
    signatories: inputs.signatories,
    date: inputs.date,
    logo: inputs.logo,
    force: request.force,
  });
  const documentFor = (recipient: Recipient): ResolvedLetter =>
    addenda ? addenda.resolve(recipient.id, contextFor(recipient)) : resolveLetter(letter, contextFor(recipient));

  const warnings = [...inputs.warnings];
  const addWarning = (warning: string): void => {
    if (!warnings.includes(warning)) warnings.push(warning);
  };
  const unresolved: CheckReport['unresolved'] = [];
  ids.forEach((id, position) => {
    const recipient = getRecipient(db, id);
    const result = documentFor(recipient);
    if (result.unresolved.length > 0) {
      unresolved.push({
        recipient: recipientLabel(recipient, position),
        recipientId: id,
        fields: result.unresolved,
        labels: result.unresolved.map(mergeFieldLabel),
      });
    }
    result.warnings.forEach(addWarning);
  });
  if (unresolved.length > 0 && !request.force) throw unresolvedError(unresolved);
  const unresolvedIds = new Set(unresolved.map((entry) => entry.recipientId));

  const chosenFolder = prepareFolder(options.folder);
  const folder = options.folderPerRun ? claimRunFolder(chosenFolder, options.campaignName, startedAt) : chosenFolder;
  const namer = new FileNamer(folder, { overwrite: request.overwrite === true });
  const replace = request.overwrite === true;
  const formats: OutputFormat[] = request.format === 'both' ? ['pdf', 'docx'] : [request.format];
  // File names may use {place} and {signatories.count} too: the same values the letters print.
  let place = '';
  forEachLetterNode(letter.doc, (node) => {
    if (!place && node.type === 'dateLine' && typeof node.attrs?.place === 'string') place = node.attrs.place;
  });
  const environment: MergeEnvironment = {
    language: letter.settings.language,
    place,
    signatoryCount: inputs.signatories.filter((signatory) => signatory.status === 'confirmed').length,
  };

  const ownsPool = options.workers === undefined;
  const pool =
    options.workers === undefined
      ? ExportWorkerPool.available()
        ? new ExportWorkerPool()
        : null
      : options.workers === 0
        ? null
        : options.workers;
  const renderers = pool ? null : await loadLetterRenderers();
  const run = (task: ExportTask): Promise<ExportTaskResult> => (pool ? pool.run(task) : runExportTask(task, renderers!));
  const inFlightLimit = pool ? pool.size * 2 : 1;

  const files: string[] = [];
  const written = new Set<string>();
  const progress: ExportProgress = {
    jobId,
    state: 'running',
    done: 0,
    total: ids.length + (request.combined ? formats.length : 0),
    current: '',
    folder,
    files: [],
    warnings,
    failures: [],
    error: null,
    elapsedMs: 0,
  };
  // While running, a report carries counts only: copying every file name each time would grow with the square of the letters.
  const report = (): void => {
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.({ ...progress, files: progress.state === 'running' ? [] : progress.files, warnings: [...warnings] });
  };
  const failures: ExportFailure[] = [];
  const labelOf = new Map<string, string>();
  const inFlight = new Set<Promise<void>>();
  // Which recipients' letters were written, and in which files: what the delivery record keeps.
  const delivered = new Map<number, string[]>();
  const track = (task: ExportTask, label: string, recipientIds: readonly number[]): void => {
    const planned = task.kind === 'letter' ? task.outputs.map((output) => output.path) : task.kind === 'combined' ? [task.path] : [];
    for (const path of planned) labelOf.set(path, label);
    const failAll = (reason: string): void => {
      for (const path of planned) failures.push({ letter: label, file: basename(path), reason });
    };
    const promise = run(task).then(
      (result) => {
        if (result.kind === 'done') result.written.forEach((path) => written.add(path));
        if (result.kind === 'done') {
          for (const failed of result.failed ?? [])
            failures.push({
              letter: label,
              file: basename(failed.path),
              reason: result.written.length > 0 ? `${failed.message} (${result.written.map((path) => basename(path)).join(', ')} was written)` : failed.message,
            });
          for (const id of recipientIds) delivered.set(id, [...(delivered.get(id) ?? []), ...result.written]);
        } else if (result.kind === 'failed') failAll(result.message);
      },
      (error: unknown) => failAll((error as Error).message),
    );
    const settled = promise.then(() => {
      inFlight.delete(settled);
      progress.done += 1;
      report();
    });
    inFlight.add(settled);
  };
  const cancelled = (): boolean => options.signal?.aborted === true;
  // The recipients table stays editable during an export: one removed meanwhile is skipped, not fatal.
  const stillThere = (id: number): Recipient | null => {
    const row = db.prepare('SELECT 1 FROM recipients WHERE id = ?').get(id);
    if (row) return getRecipient(db, id);
    addWarning('A recipient removed while the export ran was skipped.');
    return null;
  };
  let taskId = 0;

  try {
    await pool?.ready();
    report();
    if (request.combined) {
      // The combined files are the longest tasks: they start first, while other workers take the letters.
      const letters: LabelledLetter[] = [];
      const inCombined: number[] = [];
      ids.forEach((id, position) => {
        const recipient = stillThere(id);
        if (recipient) inCombined.push(id);
        if (recipient) letters.push({ label: recipientLabel(recipient, position), ir: documentFor(recipient).ir });
      });
      const combinedName = addenda
        ? namer.claim(`${options.campaignName} - all ${addenda.fileWord}`, formats, `all ${addenda.fileWord}`)
        : namer.claim(`${options.campaignName} - all letters`, formats, 'all letters');
      for (const format of formats) {
        const path = namer.pathOf(`${combinedName}.${format}`);
        files.push(path);
        track({ kind: 'combined', taskId: (taskId += 1), letters, format, path, replace }, `the combined ${format.toUpperCase()}`, inCombined);
      }
    }
    if (request.perRecipient) {
      for (let position = 0; position < ids.length && !cancelled(); position += 1) {
        while (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
        if (cancelled()) break;
        const recipient = stillThere(ids[position]!);
        if (!recipient) {
          progress.done += 1;
          continue;
        }
        const label = recipientLabel(recipient, position);
        const context = contextFor(recipient);
        const { ir } = documentFor(recipient);
        const expanded = expandNamePattern(request.namePattern, context, environment);
        const base = namer.claim(addenda ? `${expanded.text} - ${addenda.fileWord}` : expanded.text, formats, `${recipientLabel(recipient, position)}`);
        const outputs = formats.map((format) => ({ format, path: namer.pathOf(`${base}.${format}`) }));
        files.push(...outputs.map((output) => output.path));
        progress.current = label;
        track({ kind: 'letter', taskId: (taskId += 1), ir: ir as LetterIR, outputs, replace }, label, [recipient.id]);
      }
    }
    while (inFlight.size > 0) await Promise.race(inFlight);
  } finally {
    if (ownsPool) await pool?.close();
  }

  const wasCancelled = cancelled();
  // Only files still in the folder count: one written and then lost (the folder removed or moved meanwhile) is a failure.
  const writtenFiles = files.filter((file) => written.has(file) && existsSync(file));
  for (const file of files) {
    if (written.has(file) && !existsSync(file))
      failures.push({ letter: labelOf.get(file) ?? basename(file), file: basename(file), reason: 'it was written but is no longer in the folder (was the folder moved or removed?)' });
  }
  // Which letters are in a file still there: after a cancel, only those count, in the summary and in the warnings.
  const writtenLetters = ids.filter((id) => delivered.get(id)?.some((path) => existsSync(path)));
  const writtenUnresolved = writtenLetters.filter((id) => unresolvedIds.has(id)).length;
  if (writtenUnresolved > 0)
    addWarning(`${writtenUnresolved} letter${writtenUnresolved === 1 ? ' was' : 's were'} written with unresolved fields marked in the text.`);
  for (const failure of failures) addWarning(`Not written: ${failure.letter}: ${failure.file ? `"${failure.file}": ` : ''}${failure.reason}`);
  // The export and what each recipient received are recorded together or not at all. A campaign that cannot be
  // written (a full disk, a read-only file) keeps the files written: the run is reported, not recorded.
  let exportId: number | null = null;
  try {
    exportId = db.transaction(() => {
      const recordId = recordExport(db, {
        request,
        folder,
        recipients: ids.length,
        files: writtenFiles.map((file) => basename(file)),
        letter,
        cancelled: wasCancelled,
      });
      const printed = addenda ? [] : printedSignatories(letter.doc, currentSignatories(db, inputs.signatories));
      const entries: DeliveryEntry[] = [];
      ids.forEach((id, position) => {
        const files = delivered.get(id)?.filter((path) => existsSync(path)).map((path) => basename(path));
        const recipient = files && db.prepare('SELECT 1 FROM recipients WHERE id = ?').get(id) ? getRecipient(db, id) : null;
        if (!files?.length || !recipient) return;
        const signatories = addenda ? addenda.receivedAfter(id) : printed;
        entries.push({ recipientId: id, recipientKey: recipientKey(recipient), recipientLabel: recipientLabel(recipient, position), signatories, files });
      });
      recordDeliveries(db, {
        exportId: recordId,
        kind: addenda ? 'addendum' : 'letter',
        channel: 'export',
        letter,
        letterDate: letterDate(letter.doc, inputs.date),
        entries,
      });
      return recordId;
    })();
  } catch (error) {
    const described = describeDatabaseError(error, basename(db.name));
    if (!described) throw error;
    addWarning(`This export was not recorded in the campaign, so its history and addenda will not know of it: ${described.message}`);
  }
  progress.state = wasCancelled ? 'cancelled' : failures.length > 0 && writtenFiles.length === 0 ? 'failed' : 'done';
  progress.current = '';
  if (progress.state === 'failed') progress.error = failures[0] ? `${failures[0].letter}: ${failures[0].reason}` : 'nothing was written';
  progress.files = writtenFiles.map((file) => basename(file));
  progress.failures = failures.map((failure) => ({ ...failure }));
  if (options.folderPerRun) {
    const summaryText = exportRunSummary({
      campaignName: options.campaignName,
      startedAt,
      endedAt: new Date(),
      request,
      state: progress.state,
      letters: ids.length,
      lettersWritten: writtenLetters.length,
      files: writtenFiles.map((path) => ({ path, letter: labelOf.get(path) ?? '' })),
      warnings,
    });
    try {
      writeFileAtomically(join(folder, RUN_SUMMARY_FILE_NAME), new TextEncoder().encode(summaryText));
    } catch (error) {
      addWarning(`The summary "${RUN_SUMMARY_FILE_NAME}" could not be written: ${(error as Error).message}.`);
    }
  }
  report();
  return {
    jobId,
    folder,
    files: writtenFiles,
    failures,
    recipients: ids.length,
    lettersWritten: writtenLetters.length,
    warnings,
    cancelled: wasCancelled,
    exportId,
    ...(addenda ? { added: addenda.added, withdrawn: addenda.withdrawn } : {}),
    peakWorkerHeapBytes: pool?.peakHeapBytes ?? 0,
    elapsedMs: performance.now() - started,
  };
}
