import { useEffect, useState } from 'react';

/** Polls a background job's progress every 250 ms until it is no longer running; a new job starts from none. */
export function useJobProgress<Progress extends { state: string }>(
  jobId: string | null,
  read: (jobId: string) => Promise<Progress>,
  onError: (message: string) => void,
): Progress | null {
  const [latest, setLatest] = useState<{ jobId: string; progress: Progress } | null>(null);
  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const poll = async () => {
      while (!stopped) {
        try {
          const next = await read(jobId);
          if (stopped) return;
          setLatest({ jobId, progress: next });
          if (next.state !== 'running') return;
        } catch (reason) {
          onError((reason as Error).message);
          return;
        }
        await new Promise((resolve) => window.setTimeout(resolve, 250));
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
    // read and onError are fresh each render; the job id alone decides what is polled.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId]);
  return latest !== null && latest.jobId === jobId ? latest.progress : null;
}
