import type { Database } from 'better-sqlite3';
import type { ExportProgress, ExportRequest } from '../../../shared/merge/export-request';
import type { LetterIR } from '../../../shared/document/letter-ir';
import { JobTable } from '../jobs/job-table';
import type { ExportWarmUp } from './export-task';
import { ExportWorkerPool } from './export-worker-pool';
import { loadLetterRenderers } from './letter-renderers';
import { runExportJob, type ExportSummary } from './run-export-job';

/** Workers stay warm this long after an export, so the next one starts at once. */
const IDLE_POOL_MS = 3 * 60_000;

/** The export jobs of this process: started by a call, polled for progress, cancelled by another call. */
export class ExportJobs {
  private readonly jobs = new JobTable<ExportProgress, ExportSummary>({
    alreadyRunning: { message: 'An export is already running. Wait for it to finish or cancel it.', code: 'export-running' },
    unknownJob: { message: 'That export is no longer known (the app was restarted).', code: 'unknown-export' },
    logLabel: '[export]',
    keptFinishedJobs: 20,
  });
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
      if (!this.jobs.isRunning()) this.releasePool();
    }
  }

  /**
   * Starts the workers ahead of an export (the Export screen opened), unless one is running; they stop again when idle. With a
   * campaign's words in other scripts, each worker also parses their faces meanwhile (nothing is sent for Latin names).
   */
  prepare(warmUp?: ExportWarmUp): void {
    if (this.jobs.isRunning()) return;
    const pool = this.warmPool();
    if (pool !== 0 && warmUp) pool.warm(warmUp);
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
    return this.jobs.start(
      (jobId) => ({
        jobId,
        state: 'running',
        done: 0,
        total: 0,
        current: '',
        folder: options.folder,
        files: [],
        warnings: [],
        failures: [],
        error: null,
        elapsedMs: 0,
      }),
      (run) => runExportJob({ ...options, ...run, workers: this.warmPool() }).finally(() => this.releasePool()),
    );
  }

  progress(jobId: string): ExportProgress {
    return this.jobs.progress(jobId);
  }

  /** Stops starting letters; those being written finish, so no file is left half-written. */
  cancel(jobId: string): boolean {
    return this.jobs.cancel(jobId);
  }

  /** Resolves when the job has ended (for tests and the CLI). */
  finished(jobId: string): Promise<ExportSummary | null> {
    return this.jobs.finished(jobId);
  }
}
