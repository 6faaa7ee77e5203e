import { createReadStream, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { SIGNATORY_FIELDS } from '../src/main/services/signatories/signatory-fields';
import { decodeSpreadsheetText } from '../src/main/services/spreadsheet/decode-spreadsheet-text';
import { readSpreadsheet } from '../src/main/services/spreadsheet/read-spreadsheet';
import { SPREADSHEET_LIMITS } from '../src/main/services/spreadsheet/spreadsheet-limits';
import { readOdsRows } from '../src/main/services/spreadsheet/read-ods-rows';
import { inflateArchive } from '../src/main/services/zip';

/**
 * One read of a spreadsheet in a process of its own, so its peak RSS is its own: prints
 * {"ms","cpuMs","peakMiB","outcome"}. Ways: `import` (readSpreadsheet, as the import does), and the peers
 * `inflate` (the archive guard alone), `ods-whole` (an ODS's content.xml inflated whole, decoded and
 * parsed until the limit, as the import did before it counted while inflating), `exceljs-stream` (exceljs's streaming reader up to the row
 * limit), `papa-whole` (the text decoded and parsed whole, as the import did before).
 */
async function measure(way: string, path: string): Promise<string> {
  switch (way) {
    case 'import':
      try {
        const grid = await readSpreadsheet(path, { fieldDefinitions: SIGNATORY_FIELDS });
        return `read ${grid.rows.length.toLocaleString('en')} rows`;
      } catch (error) {
        return `refused: ${(error as Error).message.replace(/^"[^"]+" /, '').slice(0, 60)}…`;
      }
    case 'inflate': {
      const archive = inflateArchive(readFileSync(path), path, 'XLSX workbook', {
        maxInflatedBytes: SPREADSHEET_LIMITS.maxUncompressedBytes,
        maxCompressionRatio: SPREADSHEET_LIMITS.maxCompressionRatio,
        maxEntries: SPREADSHEET_LIMITS.maxArchiveEntries,
      });
      return `inflated ${Math.round([...archive.files.values()].reduce((sum, bytes) => sum + bytes.length, 0) / 2 ** 20)} MiB`;
    }
    case 'ods-whole': {
      const archive = inflateArchive(readFileSync(path), path, 'ODS spreadsheet', {
        maxInflatedBytes: SPREADSHEET_LIMITS.maxUncompressedBytes,
        maxCompressionRatio: SPREADSHEET_LIMITS.maxCompressionRatio,
        maxEntries: SPREADSHEET_LIMITS.maxArchiveEntries,
      });
      try {
        return `read ${readOdsRows(new TextDecoder().decode(archive.files.get('content.xml')), path).length} sheets`;
      } catch (error) {
        return `refused: ${(error as Error).message.replace(/^"[^"]+" /, '').slice(0, 60)}…`;
      }
    }
    case 'exceljs-stream': {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
      let rows = 0;
      outer: for await (const sheet of reader) {
        for await (const row of sheet) {
          if (row.number > 0) rows += 1;
          if (rows > SPREADSHEET_LIMITS.maxRows) break outer;
        }
      }
      return `stopped after ${rows.toLocaleString('en')} rows`;
    }
    case 'papa-whole': {
      const { text } = decodeSpreadsheetText(readFileSync(path));
      return `parsed ${Papa.parse<string[]>(text, { skipEmptyLines: false }).data.length.toLocaleString('en')} rows`;
    }
    default:
      throw new Error(`unknown way ${way}`);
  }
}

const [way, path] = process.argv.slice(2);
const started = performance.now();
const cpuStart = process.cpuUsage();
const outcome = await measure(way!, path!);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, peakMiB: process.resourceUsage().maxRSS / 1024, outcome }));
