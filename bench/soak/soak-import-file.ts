import { writeCsv } from '../../src/main/services/spreadsheet/write-csv';
import { writeXlsx } from '../../src/main/services/spreadsheet/write-xlsx';

const FIRST = ['Northern', 'Coastal', 'Highland', 'River', 'Valley', 'Island', 'Desert', 'Forest', 'Mountain', 'Lake', 'Prairie', 'Delta'];
const SECOND = [
  'Women',
  'Farmers',
  'Lawyers',
  'Teachers',
  'Journalists',
  'Nurses',
  'Fishers',
  'Students',
  'Artists',
  'Miners',
  'Weavers',
  'Elders',
];
const THIRD = [
  'Alliance',
  'Network',
  'Union',
  'Forum',
  'Council',
  'League',
  'Collective',
  'Association',
  'Federation',
  'Coalition',
  'Trust',
  'Circle',
];
const COUNTRIES = ['Kenya', 'France', 'Brazil', 'India', 'Ghana', 'Peru', 'Norway', 'Chile'];

/** The organization names of import round `round`, `count` of them, none shared with another round. */
function soakImportNames(round: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = round * count + index;
    const first = FIRST[n % FIRST.length]!;
    const second = SECOND[Math.floor(n / FIRST.length) % SECOND.length]!;
    const third = THIRD[Math.floor(n / (FIRST.length * SECOND.length)) % THIRD.length]!;
    return `${first} ${second} ${third} of ${String.fromCharCode(65 + (Math.floor(n / 1728) % 26))}${Math.floor(n / 44928) || ''}`.trim();
  });
}

/** A real signatory sheet for one import round: XLSX on even rounds, CSV (UTF-8 with BOM) on odd ones. */
export async function soakImportFile(round: number, count: number): Promise<{ name: string; bytes: Uint8Array }> {
  const table = {
    sheetName: 'Sign-ons',
    headers: ['Organization', 'Country', 'Status'],
    rows: soakImportNames(round, count).map((name, index) => [
      name,
      COUNTRIES[index % COUNTRIES.length]!,
      index % 4 === 0 ? 'pending' : 'yes',
    ]),
  };
  return round % 2 === 0
    ? { name: `sign-ons-${round}.xlsx`, bytes: await writeXlsx(table) }
    : { name: `sign-ons-${round}.csv`, bytes: writeCsv(table) };
}
