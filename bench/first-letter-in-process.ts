import type { IRBlock, LetterIR } from '../src/shared/document/letter-ir';
import { renderLetterPdf } from '../src/main/services/export/pdf/render-letter-pdf';
import { warmScriptFaces } from '../src/main/services/export/pdf/warm-script-faces';
import { scriptWords } from '../src/main/services/export/script-words';
import { multiScriptSignatoryNames } from '../tests/fixtures/pdf/multi-script-names';
import { sampleLetter } from '../tests/fixtures/pdf/sample-letters';

/**
 * Run as its own process by scripts.bench.ts: renders the first letter of a fresh process (400
 * Latin or 400 twelve-script signatories), so the figure includes reading and parsing the faces,
 * and prints its wall and CPU time as JSON. `warmed`: the twelve-script letter after the export
 * worker's warm-up (warmScriptFaces on the names' words), whose time is printed apart.
 */
async function renderFirstLetter(kind: string): Promise<void> {
  const latin = sampleLetter({ signatories: 400 });
  const entries = multiScriptSignatoryNames(400);
  const letter: LetterIR =
    kind !== 'latin'
      ? {
          ...latin,
          blocks: latin.blocks.map((block): IRBlock =>
            block.kind === 'signatoryList' ? { ...block, groups: [{ title: '', entries }] } : block,
          ),
        }
      : latin;
  let warmUp: { wallMs: number; cpuMs: number } | undefined;
  if (kind === 'warmed') {
    // What an export worker does when the Export screen opens: parse the faces of the campaign's names in other scripts.
    const cpu = process.cpuUsage();
    const start = performance.now();
    warmScriptFaces(scriptWords(entries), latin.settings.fontFamily);
    const used = process.cpuUsage(cpu);
    warmUp = { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  }
  const cpu = process.cpuUsage();
  const start = performance.now();
  await renderLetterPdf(letter);
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000, warmUp }));
}

await renderFirstLetter(process.argv[2] ?? 'latin');
