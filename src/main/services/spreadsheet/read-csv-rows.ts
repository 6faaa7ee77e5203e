import Papa from 'papaparse';
import { guessDelimiter } from './guess-delimiter';
import { isSpreadsheetErrorValue } from './is-spreadsheet-error-value';
import { formulaDisplayText } from './formula-display-text';
import { isFormulaText } from './is-formula-text';
import type { SpreadsheetRow, UncalculatedCell } from './spreadsheet-grid';
import { spreadsheetLimitError } from './spreadsheet-limit-error';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

/**
 * Splits delimited text (comma, semicolon, tab, pipe… guessed unless given) into rows, CRLF or LF.
 * A quoted cell may span lines; rows are numbered as records, from 1. Error values (#N/A…) read empty;
 * formula text reads as what it shows (a HYPERLINK's name), or empty and listed in the row's `uncalculated`.
 * Row by row: the row and cell limits stop the parser as soon as they are passed, naming `fileName`.
 */
export function readCsvRows(text: string, fileName: string, delimiter?: string, candidates?: readonly string[]): SpreadsheetRow[] {
  const rows: SpreadsheetRow[] = [];
  let filledRows = 0;
  let cells = 0;
  const passed: { limit: 'rows' | 'cells' | null } = { limit: null };
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? guessDelimiter(text, candidates),
    skipEmptyLines: false,
    header: false,
    step: (result, parser) => {
      // An error value saved as text ("#N/A") is an empty cell, as in the workbook it came from.
      const uncalculated: UncalculatedCell[] = [];
      const row = result.data
        .map((cell) => (typeof cell === 'string' ? cell : String(cell ?? '')))
        .map((cell, column) => {
          if (isSpreadsheetErrorValue(cell)) return '';
          // A program that wrote formulas instead of their values: a HYPERLINK shows its name, any other is named, never read as a value.
          if (!isFormulaText(cell)) return cell;
          const shown = formulaDisplayText(cell);
          if (shown === null) uncalculated.push({ column, formula: cell.trim() });
          return shown ?? '';
        });
      if (row.some((cell) => cell !== '') || uncalculated.length > 0) filledRows += 1;
      cells += row.length;
      if (filledRows > SPREADSHEET_LIMITS.maxRows || cells > SPREADSHEET_LIMITS.maxCells) {
        passed.limit = filledRows > SPREADSHEET_LIMITS.maxRows ? 'rows' : 'cells';
        parser.abort();
        return;
      }
      rows.push({ row: rows.length + 1, cells: row, ...(uncalculated.length > 0 ? { uncalculated } : {}) });
    },
  });
  if (passed.limit) throw spreadsheetLimitError(fileName, passed.limit);
  // Papa gives a last empty record for a trailing newline.
  while (rows.length > 0 && rows.at(-1)!.cells.every((cell) => cell === '') && !rows.at(-1)!.uncalculated) rows.pop();
  return rows;
}
