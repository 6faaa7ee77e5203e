import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './bench-result';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);

function formatMs(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}

async function main(): Promise<void> {
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  const sections: string[] = [];
  let missed = 0;
  for (const file of files) {
    const module = (await import(join(folder, file))) as { run(): Promise<BenchResult[]> };
    console.log(`\n${file}`);
    const results = await module.run();
    const rows = results.map((result) => {
      const met = result.targetMs === undefined ? '' : result.medianMs <= result.targetMs ? 'yes' : 'NO';
      if (met === 'NO') missed += 1;
      console.log(`  ${result.name}: ${formatMs(result.medianMs)} ms${result.targetMs === undefined ? '' : ` (target ${result.targetMs} ms: ${met})`}${result.notes ? `  ${result.notes}` : ''}`);
      return `| ${result.name} | ${formatMs(result.medianMs)} | ${result.targetMs ?? ''} | ${met} | ${result.notes ?? ''} |`;
    });
    sections.push(`## ${file.replace('.bench.ts', '')}\n\n| measure | median ms | target ms | met | notes |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const text = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Medians after warm-up.\n\n${sections.join('\n')}`;
  if (only.length === 0) writeFileSync(join(folder, '..', 'BENCHMARKS.md'), text);
  console.log(missed === 0 ? '\nEvery target met.' : `\n${missed} target(s) missed.`);
}

void main();
