import { describe, expect, it, vi } from 'vitest';
import { JobTable, type JobProgress, type JobRun } from '../../../../../src/main/services/jobs/job-table';
import { UserError } from '../../../../../src/shared/model/user-error';

interface CountProgress extends JobProgress {
  done: number;
}

const OPTIONS = {
  alreadyRunning: { message: 'A count is already running.', code: 'count-running' },
  unknownJob: { message: 'That count is no longer known.', code: 'unknown-count' },
  logLabel: '[count]',
};
const initial = (jobId: string): CountProgress => ({ jobId, state: 'running', done: 0, current: '', error: null });

/** Counts to `to`, one step per macrotask, reporting each step; stops when cancelled. */
async function count({ jobId, signal, onProgress }: JobRun<CountProgress>, to: number): Promise<number> {
  for (let done = 1; done <= to; done += 1) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (signal.aborted) {
      onProgress({ jobId, state: 'cancelled', done, current: '', error: null });
      return done;
    }
    onProgress({ jobId, state: done === to ? 'done' : 'running', done, current: `step ${done}`, error: null });
  }
  return to;
}

describe('JobTable', () => {
  it('runs a job in the background, reports its progress, runs one at a time and resolves with its result', async () => {
    const table = new JobTable<CountProgress, number>(OPTIONS);
    const jobId = table.start(initial, (run) => count(run, 3));
    expect(table.progress(jobId)).toMatchObject({ jobId, state: 'running', done: 0 });
    expect(table.isRunning()).toBe(true);
    expect(() => table.start(initial, (run) => count(run, 1))).toThrow(
      expect.objectContaining({ message: 'A count is already running.', code: 'count-running' }),
    );
    expect(await table.finished(jobId)).toBe(3);
    expect(table.progress(jobId)).toMatchObject({ state: 'done', done: 3 });
    expect(table.isRunning()).toBe(false);
    expect(table.cancel(jobId)).toBe(false);
  });

  it('cancels through the signal the work watches', async () => {
    const table = new JobTable<CountProgress, number>(OPTIONS);
    const jobId = table.start(initial, (run) => count(run, 1000));
    expect(table.cancel(jobId)).toBe(true);
    expect(await table.finished(jobId)).toBe(1);
    expect(table.progress(jobId)).toMatchObject({ state: 'cancelled', done: 1 });
  });

  it('turns a failure into the job state with its message, logging only the unexpected ones', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const table = new JobTable<CountProgress, number>(OPTIONS);
      const refused = table.start(initial, async () => {
        throw new UserError('The folder "out" is read-only.', { code: 'read-only' });
      });
      expect(await table.finished(refused)).toBeNull();
      expect(table.progress(refused)).toMatchObject({ state: 'failed', error: 'The folder "out" is read-only.', current: '' });
      expect(log).not.toHaveBeenCalled();
      const crashed = table.start(initial, async () => {
        throw new TypeError('x is undefined');
      });
      expect(await table.finished(crashed)).toBeNull();
      expect(table.progress(crashed)).toMatchObject({ state: 'failed', error: 'x is undefined' });
      expect(log).toHaveBeenCalledWith('[count]', expect.any(TypeError));
    } finally {
      log.mockRestore();
    }
  });

  it('leaves no job behind when the work cannot even start, so the next one may', async () => {
    const table = new JobTable<CountProgress, number>(OPTIONS);
    expect(() =>
      table.start(initial, () => {
        throw new Error('no worker could be started');
      }),
    ).toThrow('no worker could be started');
    expect(table.isRunning()).toBe(false);
    expect(await table.finished(table.start(initial, (run) => count(run, 1)))).toBe(1);
  });

  it('forgets the oldest finished jobs beyond the number kept, and names an unknown one', async () => {
    const table = new JobTable<CountProgress, number>({ ...OPTIONS, keptFinishedJobs: 2 });
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const jobId = table.start(initial, (run) => count(run, 1));
      ids.push(jobId);
      await table.finished(jobId);
    }
    // The fourth start saw three finished jobs and kept two of them; the fourth was still running then.
    expect(() => table.progress(ids[0]!)).toThrow(
      expect.objectContaining({ code: 'unknown-count', message: 'That count is no longer known.' }),
    );
    for (const jobId of ids.slice(1)) expect(table.progress(jobId).state).toBe('done');
  });
});
