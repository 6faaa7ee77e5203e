import { randomUUID } from 'node:crypto';
import { UserError } from '../../../shared/model/user-error';

/** What every job reports while it runs (export, send): the table reads its state and writes a failure into it. */
export interface JobProgress {
  jobId: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  current: string;
  error: string | null;
}

/** How a kind of job is named to the user and in the log, and how many finished ones are kept. */
export interface JobTableOptions {
  /** "An export is already running…", with its error code. */
  alreadyRunning: { message: string; code: string };
  /** "That export is no longer known…", with its error code. */
  unknownJob: { message: string; code: string };
  /** The label of an unexpected failure in the log ("[export]"). */
  logLabel: string;
  /** Finished jobs kept for polling; older ones are forgotten. Every one when left out. */
  keptFinishedJobs?: number;
}

/** What a job's work receives: its id, the signal cancel aborts, and where to report progress. */
export interface JobRun<Progress> {
  jobId: string;
  signal: AbortSignal;
  onProgress: (progress: Progress) => void;
}

interface Job<Progress, Result> {
  progress: Progress;
  controller: AbortController;
  finished: Promise<Result | null>;
}

/**
 * The background jobs of one kind in this process: started by a call that returns an id at once, polled
 * for progress, cancelled by another call; one runs at a time. A failure becomes the job's state and
 * message (unexpected ones are logged), never an unhandled rejection.
 */
export class JobTable<Progress extends JobProgress, Result> {
  private readonly jobs = new Map<string, Job<Progress, Result>>();

  constructor(private readonly options: JobTableOptions) {}

  isRunning(): boolean {
    return [...this.jobs.values()].some((job) => job.progress.state === 'running');
  }

  /** Starts `work` with the progress `initial` gives for the new id; refuses while another job runs. */
  start(initial: (jobId: string) => Progress, work: (run: JobRun<Progress>) => Promise<Result>): string {
    if (this.isRunning()) throw new UserError(this.options.alreadyRunning.message, { code: this.options.alreadyRunning.code });
    const jobId = randomUUID();
    const job: Job<Progress, Result> = { progress: initial(jobId), controller: new AbortController(), finished: Promise.resolve(null) };
    this.jobs.set(jobId, job);
    let working: Promise<Result>;
    try {
      working = work({ jobId, signal: job.controller.signal, onProgress: (progress) => (job.progress = progress) });
    } catch (error) {
      // Work that fails before it starts (no worker could be started) is the caller's error, and no job was started.
      this.jobs.delete(jobId);
      throw error;
    }
    job.finished = working.catch((error: unknown) => {
      job.progress = { ...job.progress, state: 'failed', current: '', error: (error as Error).message } as Progress;
      if (!(error instanceof UserError)) console.error(this.options.logLabel, error);
      return null;
    });
    this.forgetOldJobs();
    return jobId;
  }

  progress(jobId: string): Progress {
    return this.get(jobId).progress;
  }

  /** Aborts the job's signal (what stops then is the job's own rule); false when it is no longer running. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.progress.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  /** Resolves when the job has ended: its result, or null when it failed. */
  finished(jobId: string): Promise<Result | null> {
    return this.get(jobId).finished;
  }

  private get(jobId: string): Job<Progress, Result> {
    const job = this.jobs.get(jobId);
    if (!job) throw new UserError(this.options.unknownJob.message, { code: this.options.unknownJob.code });
    return job;
  }

  private forgetOldJobs(): void {
    const kept = this.options.keptFinishedJobs;
    if (kept === undefined) return;
    const finished = [...this.jobs.entries()].filter(([, job]) => job.progress.state !== 'running');
    for (const [jobId] of finished.slice(0, Math.max(0, finished.length - kept))) this.jobs.delete(jobId);
  }
}
