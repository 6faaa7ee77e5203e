import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
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
  const sections = new Map<string, string>();
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
    const load = loadavg()[0]?.toFixed(1) ?? '?';
    const day = new Date().toISOString().slice(0, 10);
    sections.set(file.replace('.bench.ts', ''), `Run on ${day}, load average ${load} at the end of the section.\n\n| measure | median ms | target ms | met | notes |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const target = join(folder, '..', 'BENCHMARKS.md');
  // A run of some benchmarks replaces only their sections and keeps the others as they were measured.
  if (only.length > 0 && existsSync(target)) {
    for (const [name, body] of readSections(readFileSync(target, 'utf8'))) {
      if (!sections.has(name)) sections.set(name, body);
    }
  }
  const body = [...sections.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([name, section]) => `## ${name}\n\n${section.trimEnd()}\n`)
    .join('\n');
  const text = `# Benchmarks\n\nWritten by \`npm run bench\` (all of them) or \`npm run bench -- NAME\` (the sections named), on ${machine}. Medians after warm-up; each section says when it ran and how loaded the machine was. Targets that compare against a peer are ratios measured in the same run.\n\n${body}`;
  writeFileSync(target, text);
  console.log(missed === 0 ? '\nEvery target met.' : `\n${missed} target(s) missed.`);
}

/** The sections of an earlier BENCHMARKS.md, by name, without their headings. */
function readSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    sections.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return sections;
}

void main();
