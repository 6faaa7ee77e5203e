import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFile } from '../src/main/services/campaign/campaign-file';
import { importSignatories } from '../src/main/services/signatories/import-signatories';
import { computeSignatorySuggestions } from '../src/main/services/signatories/signatory-suggestions';
import type { BenchResult } from './bench-result';
import { signatoryCsv } from './signatory-csv';
import { signatoryRows } from './signatory-rows';

async function xlsxBytes(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Signatories');
  sheet.addRow(['Organization', 'Country', 'Email', 'Status']);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Median wall and CPU milliseconds of `runs` calls after one warm-up: on a shared machine the CPU time says what the code costs. */
async function timeRuns(run: () => unknown, runs: number): Promise<{ wallMs: number; cpuMs: number }> {
  await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

/** Import of a 10,000-row CSV and XLSX into a fresh campaign, and duplicate suggestions over 10,000 signatories. */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-bench-signatories-'));
  try {
    const rows = signatoryRows();
    const csvPath = join(folder, 'signatories.csv');
    writeFileSync(csvPath, signatoryCsv(rows));
    const xlsxPath = join(folder, 'signatories.xlsx');
    writeFileSync(xlsxPath, await xlsxBytes(rows));
    let campaignIndex = 0;
    const importInto = async (path: string) => {
      const file = createCampaignFile(join(folder, `campaign-${(campaignIndex += 1)}.undersigned`));
      try {
        return await importSignatories(file.db, { source: path });
      } finally {
        file.close();
      }
    };
    const sample = await importInto(csvPath);
    const csv = await timeRuns(() => importInto(csvPath), 7);
    const xlsx = await timeRuns(() => importInto(xlsxPath), 5);
    const campaign = createCampaignFile(join(folder, 'suggestions.undersigned'));
    await importSignatories(campaign.db, { source: csvPath });
    const suggestions = computeSignatorySuggestions(campaign.db).length;
    const suggestionTimes = await timeRuns(() => computeSignatorySuggestions(campaign.db), 7);
    const signatories = (campaign.db.prepare('SELECT count(*) AS n FROM signatories').get() as { n: number }).n;
    campaign.close();
    const load = `load average ${loadavg()[0]!.toFixed(1)}`;
    return [
      {
        name: 'signatories: import 10,000-row CSV',
        medianMs: csv.wallMs,
        targetMs: 500,
        notes: `CPU ${Math.round(csv.cpuMs)} ms, ${load}; ${sample.added} added, ${sample.merged} merged, ${sample.suggested} suggested (the suggestion pass is included)`,
      },
      { name: 'signatories: import 10,000-row XLSX', medianMs: xlsx.wallMs, targetMs: 2000, notes: `CPU ${Math.round(xlsx.cpuMs)} ms, ${load}; exceljs load + the same import` },
      {
        name: 'signatories: duplicate suggestions over 10,000',
        medianMs: suggestionTimes.wallMs,
        targetMs: 1000,
        notes: `CPU ${Math.round(suggestionTimes.cpuMs)} ms, ${load}; ${signatories} signatories, ${suggestions} pairs suggested (blocked, never all pairs)`,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
