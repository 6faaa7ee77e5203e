import type { IRBlock, LetterIR } from '../src/shared/document/letter-ir';
import { renderLetterPdf } from '../src/main/services/export/pdf/render-letter-pdf';
import { layoutLetter } from '../src/main/services/export/pdf/layout-letter';
import { multiScriptSignatoryNames } from '../tests/fixtures/pdf/multi-script-names';
import { sampleLetter } from '../tests/fixtures/pdf/sample-letters';
import { medianTime, type BenchResult } from './bench-result';

const SIGNATORIES = 400;

function withEntries(letter: LetterIR, entries: string[]): LetterIR {
  const blocks = letter.blocks.map((block): IRBlock => (block.kind === 'signatoryList' ? { ...block, groups: [{ title: '', entries }] } : block));
  return { ...letter, blocks };
}

/** Every name prints: the letter with 400 signatories in twelve scripts next to the same letter with 400 Latin names (goal: within 3× the time). */
export async function run(): Promise<BenchResult[]> {
  const latin = sampleLetter({ signatories: SIGNATORIES });
  const mixed = withEntries(latin, multiScriptSignatoryNames(SIGNATORIES));
  // The first mixed letter of a process reads and parses the script faces it needs.
  const firstStart = performance.now();
  const mixedBytes = await renderLetterPdf(mixed);
  const firstMs = performance.now() - firstStart;
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
      notes: `${(mixedBytes.length / 1024).toFixed(0)} KiB; ${(mixedMedian / latinMedian).toFixed(2)}× the Latin letter (goal 3×); the first in a process, which loads the script faces, ${firstMs.toFixed(0)} ms`,
    },
  ];
}
