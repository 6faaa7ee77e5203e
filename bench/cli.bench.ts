import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchResult } from './bench-result';
import { signatoryCsv } from './signatory-csv';
import { signatoryRows } from './signatory-rows';

const BIN = resolve('bin/undersigned.js');
const HELP_RATIO = 6;
const EXPORT_RATIO = 0.2;
const SIGNATORIES = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Wall time of one process, start to exit, as a user at a terminal waits for it. */
function timeProcess(command: string, args: string[], cwd?: string): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 600_000 });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return elapsed;
}

function undersigned(args: string[], cwd: string): void {
  execFileSync(process.execPath, [BIN, ...args], { cwd, stdio: 'ignore' });
}

/** The built CLI's start-up against a bare Node, and a cold CLI export against LibreOffice, measured in the same run. */
export async function run(): Promise<BenchResult[]> {
  const nodeTimes: number[] = [];
  const helpTimes: number[] = [];
  for (let round = 0; round < 15; round += 1) {
    nodeTimes.push(timeProcess(process.execPath, ['-e', '0']));
    helpTimes.push(timeProcess(process.execPath, [BIN, '--help']));
  }
  const nodeMs = median(nodeTimes);
  const results: BenchResult[] = [
    { name: 'node -e 0 (a bare Node start, for comparison)', medianMs: nodeMs },
    {
      name: 'undersigned --help (built CLI)',
      medianMs: median(helpTimes),
      targetMs: Math.round(nodeMs * HELP_RATIO),
      notes: `${(median(helpTimes) / nodeMs).toFixed(2)}× a bare Node start (target ≤ ${HELP_RATIO}×); 15 runs each, alternated`,
    },
  ];

  const folder = mkdtempSync(join(tmpdir(), 'undersigned-cli-bench-'));
  try {
    writeFileSync(join(folder, 'signatories.csv'), signatoryCsv(signatoryRows(SIGNATORIES)));
    undersigned(['new', 'bench', '--template', 'states-parties', '--title', 'Benchmark'], folder);
    undersigned(['recipients', 'bench.undersigned', '--preset', 'un-member-states'], folder);
    undersigned(['import', 'bench.undersigned', 'signatories', 'signatories.csv'], folder);

    // Cold: a new process each time, which starts its export workers and loads fonts and exporters.
    const exportTimes: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const out = `letters-${round}`;
      exportTimes.push(timeProcess(process.execPath, [BIN, 'export', 'bench.undersigned', '--format', 'both', '--out', out, '--per-recipient', '--force'], folder));
    }
    const letters = join(folder, 'letters-0');
    const docxFiles = readdirSync(letters).filter((file) => file.endsWith('.docx'));
    const pdfFiles = readdirSync(letters).filter((file) => file.endsWith('.pdf'));
    let sofficeMs: number;
    try {
      sofficeMs = timeProcess('soffice', [
        '--headless',
        `-env:UserInstallation=file://${join(folder, 'soffice-profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        join(folder, 'soffice'),
        ...docxFiles.map((file) => join(letters, file)),
      ]);
    } catch (error) {
      results.push({ name: 'LibreOffice comparison', medianMs: 0, notes: `not run: ${(error as Error).message.split('\n')[0]}` });
      return results;
    }
    const exportMs = median(exportTimes);
    results.push(
      {
        name: `LibreOffice converting the same ${docxFiles.length} DOCX to PDF in one call`,
        medianMs: sofficeMs,
        notes: `${readdirSync(join(folder, 'soffice')).length} PDFs`,
      },
      {
        name: `undersigned export, cold: UN Member States (${docxFiles.length} recipients), states-parties letter, ${SIGNATORIES} signatories, PDF + DOCX`,
        medianMs: exportMs,
        targetMs: Math.round(sofficeMs * EXPORT_RATIO),
        notes: `${(exportMs / sofficeMs).toFixed(2)} of LibreOffice's time (target ≤ ${EXPORT_RATIO}); ${pdfFiles.length} PDF + ${docxFiles.length} DOCX; median of 3 new processes`,
      },
    );
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
