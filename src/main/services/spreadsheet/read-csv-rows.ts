import Papa from 'papaparse';
import { guessDelimiter } from './guess-delimiter';
import { isSpreadsheetErrorValue } from './is-spreadsheet-error-value';
import type { SpreadsheetRow } from './spreadsheet-grid';

/**
 * Splits delimited text (comma, semicolon, tab, pipe… guessed unless given) into rows, CRLF or LF.
 * A quoted cell may span lines; rows are numbered as records, from 1. Error values (#N/A…) read empty.
 */
export function readCsvRows(text: string, delimiter?: string, candidates?: readonly string[]): SpreadsheetRow[] {
  const result = Papa.parse<string[]>(text, { delimiter: delimiter ?? guessDelimiter(text, candidates), skipEmptyLines: false, header: false });
  const rows: SpreadsheetRow[] = [];
  result.data.forEach((cells, index) => {
    // An error value saved as text ("#N/A") is an empty cell, as in the workbook it came from.
    rows.push({ row: index + 1, cells: cells.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))).map((cell) => (isSpreadsheetErrorValue(cell) ? '' : cell)) });
  });
  // Papa gives a last empty record for a trailing newline.
  while (rows.length > 0 && rows.at(-1)!.cells.every((cell) => cell === '')) rows.pop();
  return rows;
}
