import Papa from 'papaparse';
import { neutralizeFormula } from './neutralize-formula';
import type { SpreadsheetTable } from './spreadsheet-table';

/** CSV as Excel opens it without asking: UTF-8 with a BOM, CRLF, every formula-like cell neutralised. */
export function writeCsv(table: SpreadsheetTable): Uint8Array {
  const text = Papa.unparse([table.headers.map(neutralizeFormula), ...table.rows.map((row) => row.map(neutralizeFormula))], { newline: '\r\n', quotes: false });
  return new TextEncoder().encode(`\ufeff${text}\r\n`);
}
