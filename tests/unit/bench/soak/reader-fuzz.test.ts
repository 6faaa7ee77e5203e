import { describe, expect, it } from 'vitest';
import { runReaderFuzz } from '../../../../bench/soak/run-reader-fuzz';

// A small version of the fuzzing in `npm run soak` (which writes RELIABILITY.md), with a new seed each run.
describe('reader fuzzing', () => {
  it('CSV, XLSX, ODS, the archive guard and DOCX import give a result or a message naming the file for arbitrary, damaged and hostile inputs', async () => {
    const figures = await runReaderFuzz({ runs: 25 });
    const crashes = figures.targets.flatMap((target) => target.crashes.map((crash) => `${target.target}: ${crash} (seed ${figures.seed})`));
    expect(crashes).toEqual([]);
    for (const target of figures.targets) expect(target.runs, target.target).toBe(25);
    // Both outcomes happen: damaged files are refused with a message, and some damage still reads.
    expect(figures.targets.reduce((sum, target) => sum + target.refused, 0)).toBeGreaterThan(100);
    expect(figures.targets.find((target) => target.target.startsWith('CSV: generated rows'))!.results).toBeGreaterThan(0);
  }, 60_000);
});
