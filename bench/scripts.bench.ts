import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IRBlock, LetterIR } from '../src/shared/document/letter-ir';
import { renderLetterPdf } from '../src/main/services/export/pdf/render-letter-pdf';
import { layoutLetter } from '../src/main/services/export/pdf/layout-letter';
import { multiScriptSignatoryNames } from '../tests/fixtures/pdf/multi-script-names';
import { sampleLetter } from '../tests/fixtures/pdf/sample-letters';
import { medianTime, type BenchResult } from './bench-result';

const SIGNATORIES = 400;
const FIRST_LETTER_ROUNDS = 3;
const FIRST_LETTER_SCRIPT = fileURLToPath(new URL('./first-letter-in-process.ts', import.meta.url));

interface FirstLetter {
  wallMs: number;
  cpuMs: number;
  warmUp?: { wallMs: number; cpuMs: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The first letter of fresh processes, Latin, mixed and mixed after the warm-up in turn, so all meet the same load. */
function firstLetters(): { latin: FirstLetter; mixed: FirstLetter; warmed: FirstLetter } {
  const runs: Record<'latin' | 'mixed' | 'warmed', FirstLetter[]> = { latin: [], mixed: [], warmed: [] };
  for (let round = 0; round < FIRST_LETTER_ROUNDS; round++) {
    for (const kind of ['latin', 'mixed', 'warmed'] as const) {
      runs[kind].push(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', FIRST_LETTER_SCRIPT, kind], { encoding: 'utf8' })) as FirstLetter);
    }
  }
  const summary = (list: FirstLetter[]): FirstLetter => {
    const result: FirstLetter = { wallMs: median(list.map((run) => run.wallMs)), cpuMs: median(list.map((run) => run.cpuMs)) };
    const warmUps = list.flatMap((run) => (run.warmUp ? [run.warmUp] : []));
    if (warmUps.length > 0) result.warmUp = { wallMs: median(warmUps.map((warmUp) => warmUp.wallMs)), cpuMs: median(warmUps.map((warmUp) => warmUp.cpuMs)) };
    return result;
  };
  return { latin: summary(runs.latin), mixed: summary(runs.mixed), warmed: summary(runs.warmed) };
}

function withEntries(letter: LetterIR, entries: string[]): LetterIR {
  const blocks = letter.blocks.map((block): IRBlock => (block.kind === 'signatoryList' ? { ...block, groups: [{ title: '', entries }] } : block));
  return { ...letter, blocks };
}

/** Every name prints: the letter with 400 signatories in twelve scripts next to the same letter with 400 Latin names (goal: within 3× the time). */
export async function run(): Promise<BenchResult[]> {
  const latin = sampleLetter({ signatories: SIGNATORIES });
  const mixed = withEntries(latin, multiScriptSignatoryNames(SIGNATORIES));
  const first = firstLetters();
  const mixedBytes = await renderLetterPdf(mixed);
  const latinBytes = await renderLetterPdf(latin);
  const latinMedian = await medianTime(() => renderLetterPdf(latin), 30, 10);
  const mixedMedian = await medianTime(() => renderLetterPdf(mixed), 30, 10);
  const pages = (letter: LetterIR): number => layoutLetter(letter).pages.length;
  return [
    {
      name: `renderLetterPdf, ${SIGNATORIES} Latin signatories (${pages(latin)} pages)`,
      medianMs: latinMedian,
      notes: `${(latinBytes.length / 1024).toFixed(0)} KiB`,
    },
    {
      name: `renderLetterPdf, ${SIGNATORIES} signatories in 12 scripts (${pages(mixed)} pages)`,
      medianMs: mixedMedian,
      targetMs: Math.round(latinMedian * 3),
      notes: `${(mixedBytes.length / 1024).toFixed(0)} KiB; ${(mixedMedian / latinMedian).toFixed(2)}× the Latin letter (goal 3×)`,
    },
    {
      name: `first letter of a fresh process, ${SIGNATORIES} Latin signatories (median of ${FIRST_LETTER_ROUNDS} processes)`,
      medianMs: first.latin.wallMs,
      notes: `CPU ${first.latin.cpuMs.toFixed(0)} ms`,
    },
    {
      name: `first letter of a fresh process, ${SIGNATORIES} signatories in 12 scripts (median of ${FIRST_LETTER_ROUNDS} processes)`,
      medianMs: first.mixed.wallMs,
      targetMs: Math.round(first.latin.wallMs * 3),
      notes: `CPU ${first.mixed.cpuMs.toFixed(0)} ms; ${(first.mixed.wallMs / first.latin.wallMs).toFixed(2)}× the first Latin letter; reads and parses 15 faces, 3 of them CJK (22 MB)`,
    },
    {
      name: `first letter of a fresh process after the workers' warm-up, ${SIGNATORIES} signatories in 12 scripts (median of ${FIRST_LETTER_ROUNDS} processes)`,
      medianMs: first.warmed.wallMs,
      targetMs: Math.round(first.latin.wallMs * 3),
      notes: `CPU ${first.warmed.cpuMs.toFixed(0)} ms; ${(first.warmed.wallMs / first.latin.wallMs).toFixed(2)}× the first Latin letter; the warm-up before it (run when the Export screen opens) ${first.warmed.warmUp?.wallMs.toFixed(0)} ms wall, ${first.warmed.warmUp?.cpuMs.toFixed(0)} ms CPU`,
    },
  ];
}
