import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ExportProgress, ExportRequest } from '../../../shared/merge/export-request';
import { UserError } from '../../../shared/model/user-error';
import type { LetterIR } from '../../../shared/document/letter-ir';
import { ExportWorkerPool } from './export-worker-pool';
import { loadLetterRenderers } from './letter-renderers';
import { runExportJob, type ExportSummary } from './run-export-job';

interface ExportJob {
  progress: ExportProgress;
  controller: AbortController;
  finished: Promise<ExportSummary | null>;
}

const KEPT_FINISHED_JOBS = 20;
/** Workers stay warm this long after an export, so the next one starts at once. */
const IDLE_POOL_MS = 3 * 60_000;

/** The export jobs of this process: started by a call, polled for progress, cancelled by another call. */
export class ExportJobs {
  private readonly jobs = new Map<string, ExportJob>();
  private pool: ExportWorkerPool | null = null;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  // Preview tasks count down from -1 so they never share an id with an export's tasks.
  private previewTaskId = 0;

  private warmPool(): ExportWorkerPool | 0 {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!ExportWorkerPool.available()) return 0;
    this.pool ??= new ExportWorkerPool();
    return this.pool;
  }

  private releasePool(): void {
    this.idleTimer = setTimeout(() => {
      void this.pool?.close();
      this.pool = null;
    }, IDLE_POOL_MS);
    this.idleTimer.unref();
  }

  /** A letter's PDF bytes rendered on a worker ahead of any export letters, so the main process stays free. */
  async renderPdf(ir: LetterIR): Promise<Uint8Array> {
    const pool = this.warmPool();
    try {
      if (pool === 0) return await (await loadLetterRenderers()).pdf(ir);
      const result = await pool.run({ kind: 'preview', taskId: (this.previewTaskId -= 1), ir }, { first: true });
      if (result.kind === 'failed') throw new Error(result.message);
      if (result.kind !== 'rendered') throw new Error('a preview task wrote files');
      return result.bytes;
    } finally {
      if (![...this.jobs.values()].some((job) => job.progress.state === 'running')) this.releasePool();
    }
  }

  /** Starts the workers ahead of an export (the Export screen opened), unless one is running; they stop again when idle. */
  prepare(): void {
    if ([...this.jobs.values()].some((job) => job.progress.state === 'running')) return;
    this.warmPool();
    this.releasePool();
  }

  /** Stops the workers (when the app quits). */
  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.pool?.close();
    this.pool = null;
  }

  /** Starts an export in the background and returns its id at once; one export runs at a time. */
  start(options: {
    db: Database;
    folder: string;
    request: ExportRequest;
    campaignName: string;
    date?: string;
    addendum?: { includeWithdrawn: boolean };
    folderPerRun?: boolean;
  }): string {
    if ([...this.jobs.values()].some((job) => job.progress.state === 'running')) {
      throw new UserError('An export is already running. Wait for it to finish or cancel it.', { code: 'export-running' });
    }
    const jobId = randomUUID();
    const controller = new AbortController();
    const job: ExportJob = {
      controller,
      progress: {
        jobId,
        state: 'running',
        done: 0,
        total: 0,
        current: '',
        folder: options.folder,
        files: [],
        warnings: [],
        error: null,
        elapsedMs: 0,
      },
      finished: Promise.resolve(null),
    };
    job.finished = runExportJob({
      ...options,
      jobId,
      workers: this.warmPool(),
      signal: controller.signal,
      onProgress: (progress) => (job.progress = progress),
    })
      .catch((error: unknown) => {
        job.progress = { ...job.progress, state: 'failed', current: '', error: (error as Error).message };
        if (!(error instanceof UserError)) console.error('[export]', error);
        return null;
      })
      .finally(() => this.releasePool());
    this.jobs.set(jobId, job);
    this.forgetOldJobs();
    return jobId;
  }

  progress(jobId: string): ExportProgress {
    return this.get(jobId).progress;
  }

  /** Stops starting letters; those being written finish, so no file is left half-written. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.progress.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  /** Resolves when the job has ended (for tests and the CLI). */
  finished(jobId: string): Promise<ExportSummary | null> {
    return this.get(jobId).finished;
  }

  private get(jobId: string): ExportJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new UserError('That export is no longer known (the app was restarted).', { code: 'unknown-export' });
    return job;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.entries()].filter(([, job]) => job.progress.state !== 'running');
    for (const [jobId] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS))) this.jobs.delete(jobId);
  }
}
