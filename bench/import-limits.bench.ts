import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SPREADSHEET_LIMITS } from '../src/main/services/spreadsheet/spreadsheet-limits';
import type { BenchResult } from './bench-result';

const MEASURE = fileURLToPath(new URL('./measure-spreadsheet-read.ts', import.meta.url));
const TARGET_MS = 10_000;
const TARGET_MIB = 400;

/** An XLSX of `rows` rows (a header and organisations) written by exceljs's streaming writer, so writing it stays small. */
async function writeWorkbook(path: string, rows: number, columns: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet('Sign-ons');
  sheet.addRow(['Organisation', 'Country', 'Contact', 'Email', 'Answer'].slice(0, columns)).commit();
  for (let index = 1; index < rows; index += 1) {
    sheet.addRow([`Organisation ${index}`, index % 2 ? 'Kenya' : 'France', `Person ${index}`, `person${index}@example.org`, 'Yes'].slice(0, columns)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** An ODS of `rows` filled rows of two cells, as LibreOffice Calc writes one (content.xml about 150 bytes a row). */
async function writeOds(path: string, rows: number): Promise<number> {
  const cell = (text: string) => `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Sign-ons"><table:table-column table:number-columns-repeated="2"/>',
    `<table:table-row>${cell('Organisation')}${cell('Country')}</table:table-row>`,
  ];
  for (let index = 1; index < rows; index += 1) parts.push(`<table:table-row>${cell(`Organisation ${index}`)}${cell(index % 2 ? 'Kenya' : 'France')}</table:table-row>`);
  parts.push('</table:table></office:spreadsheet></office:body></office:document-content>');
  const content = parts.join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', content);
  writeFileSync(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
  return content.length;
}

/** A CSV of about `bytes` bytes, under the file size limit. */
function writeCsv(path: string, bytes: number): number {
  const lines = ['Organisation,Country,Answer'];
  let size = lines[0]!.length + 2;
  for (let index = 1; size < bytes - 64; index += 1) {
    const line = `Organisation ${index},${index % 2 ? 'Kenya' : 'France'},Yes`;
    lines.push(line);
    size += line.length + 2;
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return lines.length;
}

/** The median of `runs` reads, each in a process of its own (its peak RSS its own); wall and CPU time, since the machine may be shared. */
function measure(way: string, path: string, runs: number): { ms: number; cpuMs: number; peakMiB: number; outcome: string } {
  const results = Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', MEASURE, way, path], { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`${way} ${path}: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { ms: number; cpuMs: number; peakMiB: number; outcome: string };
  }).sort((left, right) => left.ms - right.ms);
  return results[Math.floor(results.length / 2)]!;
}

function result(name: string, measured: { ms: number; cpuMs: number; peakMiB: number; outcome: string }, target: boolean, peer?: { ms: number; peakMiB: number }): BenchResult {
  const memory = `peak RSS ${Math.round(measured.peakMiB)} MiB${target ? ` (target ${TARGET_MIB} MiB: ${measured.peakMiB <= TARGET_MIB ? 'yes' : 'NO'})` : ''}`;
  const ratio = peer ? `; ${(measured.ms / peer.ms).toFixed(2)}× the time of the peer above` : '';
  return { name, medianMs: measured.ms, targetMs: target ? TARGET_MS : undefined, notes: `${measured.outcome}; CPU ${Math.round(measured.cpuMs)} ms; ${memory}${ratio}` };
}

/**
 * The import's reader on files at and past its limits, each read in a process of its own (time and
 * peak RSS), beside a peer reading the same bytes the plain way: a 1,048,576-row XLSX (Excel's
 * most; 12 MB, 150 MiB inflated) and a 20 MB CSV are refused as soon as the row limit is passed,
 * and the largest workbook within the limits is read whole.
 */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-bench-import-limits-'));
  try {
    const million = join(folder, 'million-rows.xlsx');
    await writeWorkbook(million, 1_048_576, 2);
    const csv = join(folder, 'twenty-megabytes.csv');
    const csvRows = writeCsv(csv, 20_000_000);
    const largest = join(folder, 'largest-within-limits.xlsx');
    const columns = 5;
    await writeWorkbook(largest, Math.floor(SPREADSHEET_LIMITS.maxCells / columns), columns);
    const ods = join(folder, 'large.ods');
    const odsRows = 600_000;
    const odsContentBytes = await writeOds(ods, odsRows);
    const results: BenchResult[] = [];
    const odsWhole = measure('ods-whole', ods, 1);
    results.push(result(`peer: a ${odsRows.toLocaleString('en')}-row ODS (content.xml ${Math.round(odsContentBytes / 2 ** 20)} MiB) inflated whole, decoded and parsed to the limit, as before`, odsWhole, false));
    const odsImport = measure('import', ods, 3);
    results.push(result(`the import refuses the ${odsRows.toLocaleString('en')}-row ODS while inflating it`, odsImport, true, odsWhole));
    results[results.length - 1]!.notes += `; ${(odsImport.peakMiB / odsWhole.peakMiB).toFixed(2)}× the peer's peak RSS`;
    const inflated = measure('inflate', million, 1);
    results.push(result('peer: the archive guard alone inflates the 1,048,576-row XLSX', inflated, false));
    results.push(result('the import refuses the 1,048,576-row XLSX', measure('import', million, 3), true, inflated));
    results.push(result(`peer: exceljs's streaming reader on the same file, stopped at ${SPREADSHEET_LIMITS.maxRows.toLocaleString('en')} rows`, measure('exceljs-stream', million, 1), false));
    const whole = measure('papa-whole', csv, 1);
    results.push(result(`peer: the 20 MB CSV (${csvRows.toLocaleString('en')} rows) decoded and parsed whole, as before`, whole, false));
    results.push(result('the import refuses the 20 MB CSV', measure('import', csv, 3), true, whole));
    results.push(result(`the import reads the largest XLSX within the limits (${SPREADSHEET_LIMITS.maxCells.toLocaleString('en')} cells, ${columns} columns)`, measure('import', largest, 3), true));
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
