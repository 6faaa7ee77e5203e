import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MailSettings, SendProgress, SendRequest } from '../../../shared/mail/mail-settings';
import { UserError } from '../../../shared/model/user-error';
import { runSendJob } from './run-send-job';

interface SendJob {
  progress: SendProgress;
  controller: AbortController;
}

/** The e-mail sends of this process: started by a call, polled for progress, cancelled by another call. */
export class SendJobs {
  private readonly jobs = new Map<string, SendJob>();

  start(options: { db: Database; settings: MailSettings; password: string | null; request: SendRequest }): string {
    if ([...this.jobs.values()].some((job) => job.progress.state === 'running'))
      throw new UserError('A send is already running. Wait for it to finish or cancel it.', { code: 'send-running' });
    const jobId = randomUUID();
    const job: SendJob = {
      controller: new AbortController(),
      progress: { jobId, state: 'running', done: 0, total: 0, current: '', summary: { sent: [], skipped: [], failed: [] }, error: null },
    };
    this.jobs.set(jobId, job);
    runSendJob({ ...options, jobId, signal: job.controller.signal, onProgress: (progress) => (job.progress = progress) }).catch((error: unknown) => {
      job.progress = { ...job.progress, state: 'failed', current: '', error: (error as Error).message };
      if (!(error instanceof UserError)) console.error('[send]', error);
    });
    return jobId;
  }

  progress(jobId: string): SendProgress {
    return this.get(jobId).progress;
  }

  /** Starts no more messages; the one being sent finishes. */
  cancel(jobId: string): boolean {
    const job = this.get(jobId);
    if (job.progress.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  private get(jobId: string): SendJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new UserError('That send is no longer known (the app was restarted).', { code: 'unknown-send' });
    return job;
  }
}
