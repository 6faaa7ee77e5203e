import type { Database } from 'better-sqlite3';
import type { MailSettings, SendProgress, SendRequest, SendSummary } from '../../../shared/mail/mail-settings';
import { JobTable } from '../jobs/job-table';
import { runSendJob } from './run-send-job';

/** The e-mail sends of this process: started by a call, polled for progress, cancelled by another call. */
export class SendJobs {
  private readonly jobs = new JobTable<SendProgress, SendSummary>({
    alreadyRunning: { message: 'A send is already running. Wait for it to finish or cancel it.', code: 'send-running' },
    unknownJob: { message: 'That send is no longer known (the app was restarted).', code: 'unknown-send' },
    logLabel: '[send]',
  });

  start(options: { db: Database; settings: MailSettings; password: string | null; request: SendRequest }): string {
    return this.jobs.start(
      (jobId) => ({ jobId, state: 'running', done: 0, total: 0, current: '', summary: { sent: [], skipped: [], failed: [] }, error: null }),
      (run) => runSendJob({ ...options, ...run }),
    );
  }

  progress(jobId: string): SendProgress {
    return this.jobs.progress(jobId);
  }

  /** Starts no more messages; the one being sent finishes. */
  cancel(jobId: string): boolean {
    return this.jobs.cancel(jobId);
  }
}
