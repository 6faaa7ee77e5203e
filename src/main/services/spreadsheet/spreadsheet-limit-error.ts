import { UserError } from '../../../shared/model/user-error';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

const LIMITS = {
  rows: { limit: SPREADSHEET_LIMITS.maxRows, what: 'rows' },
  cells: { limit: SPREADSHEET_LIMITS.maxCells, what: 'cells' },
  columns: { limit: SPREADSHEET_LIMITS.maxColumns, what: 'columns' },
} as const;

/** The refusal of a spreadsheet that passes a limit, given as soon as the reader sees it, naming the file, the sheet and the limit. */
export function spreadsheetLimitError(fileName: string, limit: keyof typeof LIMITS, sheetName?: string | null): UserError {
  const { limit: most, what } = LIMITS[limit];
  return new UserError(
    `"${fileName}"${sheetName ? ` (sheet "${sheetName}")` : ''} has more than ${most.toLocaleString('en')} ${what}, the most an import reads; it was not imported. Split it into smaller files, or delete what is not part of the list.`,
    { code: 'spreadsheet-too-large', details: { limit, maximum: most } },
  );
}
