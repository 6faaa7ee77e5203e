/** One figure of `npm run bench`: a median in milliseconds, with the target it is held to. */
export interface BenchResult {
  name: string;
  medianMs: number;
  targetMs?: number;
  notes?: string;
}

/** Median of `runs` timed calls after `warmup` untimed ones. */
export async function medianTime(run: () => unknown, runs = 30, warmup = 5): Promise<number> {
  for (let index = 0; index < warmup; index += 1) await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
