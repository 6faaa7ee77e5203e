import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFile } from '../src/main/services/campaign/campaign-file';
import { importSignatories } from '../src/main/services/signatories/import-signatories';
import { computeSignatorySuggestions } from '../src/main/services/signatories/signatory-suggestions';
import type { BenchResult } from './bench-result';

const ROWS = 10_000;
const PLACES = [
  'Nairobi', 'Kampala', 'Dakar', 'Abidjan', 'Kinshasa', 'Goma', 'Bamako', 'Accra', 'Lagos', 'Kano', 'Harare', 'Lusaka', 'Maputo', 'Johannesburg', 'Durban',
  'Addis Ababa', 'Khartoum', 'Cairo', 'Tunis', 'Rabat', 'Amman', 'Beirut', 'Erbil', 'Kabul', 'Lahore', 'Karachi', 'Dhaka', 'Kathmandu', 'Colombo', 'Manila',
  'Jakarta', 'Bangkok', 'Yangon', 'Phnom Penh', 'Hanoi', 'Bogotá', 'Medellín', 'Lima', 'Quito', 'La Paz', 'Santiago', 'Buenos Aires', 'São Paulo', 'Recife',
  'Caracas', 'Guatemala City', 'Tegucigalpa', 'San Salvador', 'Managua', 'Port-au-Prince', 'Kingston', 'Mexico City', 'Oaxaca', 'Kyiv', 'Kharkiv', 'Tbilisi',
  'Yerevan', 'Baku', 'Belgrade', 'Sarajevo', 'Pristina', 'Tirana', 'Bucharest', 'Warsaw', 'Berlin', 'Paris', 'Lyon', 'Brussels', 'The Hague', 'Geneva', 'Madrid',
];
const QUALIFIERS = [
  'Women’s', 'Youth', 'Lawyers’', 'Citizens’', 'Community', 'Independent', 'Popular', 'Democratic', 'Civic', 'Indigenous', 'Rural', 'Students’', 'Teachers’',
  'Journalists’', 'Victims’', 'Survivors’', 'Workers’', 'Farmers’', 'Doctors’', 'Interfaith', 'Diaspora', 'Grassroots', 'Volunteer', 'Human Rights',
];
const BODIES = [
  'Network', 'Centre', 'Coalition', 'Association', 'Initiative', 'Forum', 'Council', 'Foundation', 'Alliance', 'Institute', 'League', 'Movement', 'Union',
  'Collective', 'Observatory', 'Platform', 'Trust', 'Committee', 'Society', 'Clinic', 'Project', 'Watch', 'Group', 'Federation', 'Action',
];
const CAUSES = [
  'Justice', 'Peace', 'Accountability', 'Democracy', 'the Rule of Law', 'Transitional Justice', 'Press Freedom', 'Refugee Rights', 'Land Rights',
  'Gender Equality', 'Child Protection', 'Disability Rights', 'Environmental Justice', 'Fair Trials', 'Truth and Reconciliation', 'Minority Rights',
  'Freedom of Expression', 'Torture Prevention', 'Housing Rights', 'Access to Justice', 'Prison Reform', 'Civic Space', 'International Justice', 'Legal Aid',
  'Memory and Truth', 'Sustainable Development', 'Conflict Prevention', 'Election Monitoring', 'Anti-Corruption', 'Health Rights', 'Migrant Rights',
];
const COUNTRIES = ['Kenya', 'Uganda', 'Senegal', 'Côte d’Ivoire', 'DR Congo', 'Mali', 'Ghana', 'Nigeria', 'Zimbabwe', 'Zambia', 'Colombia', 'Peru', 'Brazil', 'Mexico', 'USA', 'Ukraine', 'Georgia', 'Nepal', 'Philippines', 'France', 'Germany', 'Spain', 'Bangladesh', 'Pakistan'];

/** A deterministic pseudo-random sequence, so every run imports the same rows. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 10,000 plausible rows: varied names, with 3% repeated in other case or spacing (exact merges),
 * 2% misspelt (suggestions) and 1% written as an acronym.
 */
function signatoryRows(): string[][] {
  const random = seededRandom(20_261_123);
  const pick = <Item>(items: readonly Item[]): Item => items[Math.floor(random() * items.length)]!;
  const rows: string[][] = [];
  const names: string[] = [];
  const countryOf = new Map<string, string>();
  while (rows.length < ROWS) {
    const roll = random();
    let name: string;
    let original = '';
    if (roll < 0.03 && names.length > 10) {
      original = pick(names);
      name = `  ${original.toUpperCase()} `;
    } else if (roll < 0.05 && names.length > 10) {
      original = pick(names);
      const position = 3 + Math.floor(random() * (original.length - 4));
      name = original.slice(0, position) + original.slice(position + 1);
    } else if (roll < 0.06 && names.length > 10) {
      original = pick(names);
      name = original.split(/[\s–-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
    } else {
      const shape = random();
      if (shape < 0.4) name = `${pick(PLACES)} ${pick(QUALIFIERS)} ${pick(BODIES)} for ${pick(CAUSES)}`;
      else if (shape < 0.7) name = `${pick(QUALIFIERS)} ${pick(BODIES)} on ${pick(CAUSES)} – ${pick(PLACES)}`;
      else name = `${pick(BODIES)} for ${pick(CAUSES)} in ${pick(PLACES)}`;
      names.push(name);
    }
    const country = countryOf.get(original) ?? pick(COUNTRIES);
    countryOf.set(name, country);
    rows.push([name, country, `contact${rows.length}@example.org`, random() < 0.1 ? 'pending' : 'confirmed']);
  }
  return rows;
}

function csvText(rows: string[][]): string {
  return `Organization,Country,Email,Status\r\n${rows.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\r\n')}\r\n`;
}

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
    writeFileSync(csvPath, csvText(rows));
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
