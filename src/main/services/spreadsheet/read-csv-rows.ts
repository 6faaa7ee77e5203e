import Papa from 'papaparse';
import { guessDelimiter } from './guess-delimiter';
import type { SpreadsheetRow } from './spreadsheet-grid';

/**
 * Splits delimited text (comma, semicolon, tab, pipe… guessed unless given) into rows, CRLF or LF.
 * A quoted cell may span lines; rows are numbered as records, from 1.
 */
export function readCsvRows(text: string, delimiter?: string): SpreadsheetRow[] {
  const result = Papa.parse<string[]>(text, { delimiter: delimiter ?? guessDelimiter(text), skipEmptyLines: false, header: false });
  const rows: SpreadsheetRow[] = [];
  result.data.forEach((cells, index) => {
    rows.push({ row: index + 1, cells: cells.map((cell) => (typeof cell === 'string' ? cell : String(cell ?? ''))) });
  });
  // Papa gives a last empty record for a trailing newline.
  while (rows.length > 0 && rows.at(-1)!.cells.every((cell) => cell === '')) rows.pop();
  return rows;
}
