import type ExcelJS from 'exceljs';
import { UserError } from '../../../shared/model/user-error';
import { isSpreadsheetErrorValue } from './is-spreadsheet-error-value';
import { formulaDisplayText } from './formula-display-text';
import type { SpreadsheetRow, UncalculatedCell } from './spreadsheet-grid';

type CellValue = ExcelJS.CellValue;

/** A cell's value as the text a person reads in it; null for a formula Excel never calculated. */
function cellText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return isSpreadsheetErrorValue(value) ? '' : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result as CellValue | undefined;
    // With no saved value, a HYPERLINK("url", "Name") still says what it shows.
    if (result === undefined) return formulaDisplayText((value as ExcelJS.CellFormulaValue).formula ?? '');
    return cellText(result);
  }
  if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as CellValue);
  if ('error' in value) return '';
  return '';
}

/** One sheet of a workbook as a person sees it. */
export interface XlsxSheet {
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
  rows: SpreadsheetRow[];
  hiddenRows: number;
  hiddenColumns: number;
  /** Rows holding a formula with no saved value (the file was written by a program that does not calculate). */
  formulaRowsWithoutValue: number[];
}

/**
 * Reads every sheet of an XLSX workbook (already inflated within the archive limits) as a person
 * sees it: a merged range gives its value to every cell it covers, error values (#N/A…) are
 * empty, hidden rows and columns are left out and counted (unless `includeHidden`), formulas
 * without a saved value are empty and their rows listed.
 */
export async function readXlsxRows(bytes: Uint8Array, fileName: string, options: { includeHidden?: boolean } = {}): Promise<XlsxSheet[]> {
  // exceljs is large: loaded when a workbook is read, not when the CLI or the app starts.
  const { default: ExcelLibrary } = await import('exceljs');
  const workbook = new ExcelLibrary.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UserError(`"${fileName}" could not be read as an XLSX workbook: ${(error as Error).message}.`, { code: 'unreadable-spreadsheet', cause: error });
  }
  if (workbook.worksheets.length === 0) throw new UserError(`"${fileName}" has no sheets.`, { code: 'empty-spreadsheet' });
  return workbook.worksheets.map((worksheet) => readWorksheet(worksheet, options.includeHidden ?? false));
}

function readWorksheet(worksheet: ExcelJS.Worksheet, includeHidden: boolean): XlsxSheet {
  const rows: SpreadsheetRow[] = [];
  const formulaRowsWithoutValue: number[] = [];
  let hiddenRows = 0;
  const hiddenColumns = new Set<number>();
  const columnCount = worksheet.columnCount;
  for (let column = 1; column <= columnCount; column += 1) if (worksheet.getColumn(column).hidden) hiddenColumns.add(column);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden && !includeHidden) {
      hiddenRows += 1;
      return;
    }
    const cells: string[] = [];
    const uncalculated: UncalculatedCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (hiddenColumns.has(columnNumber) && !includeHidden) return;
      // A covered cell of a merged range reads its range's value, as the person sees it.
      const value = cell.isMerged ? cell.master.value : cell.value;
      const text = cellText(value);
      if (text === null) {
        const hiddenBefore = includeHidden ? 0 : [...hiddenColumns].filter((column) => column < columnNumber).length;
        uncalculated.push({ column: columnNumber - 1 - hiddenBefore, formula: `=${(value as ExcelJS.CellFormulaValue).formula ?? ''}` });
      }
      cells[columnNumber - 1] = text ?? '';
    });
    if (uncalculated.length > 0) formulaRowsWithoutValue.push(rowNumber);
    rows.push({
      row: rowNumber,
      cells: includeHidden ? Array.from(cells, (cell) => cell ?? '') : cellsWithoutHidden(cells, hiddenColumns),
      ...(uncalculated.length > 0 ? { uncalculated } : {}),
    });
  });
  return {
    name: worksheet.name,
    hidden: worksheet.state !== 'visible',
    rows,
    hiddenRows,
    hiddenColumns: includeHidden ? 0 : [...hiddenColumns].filter((column) => rows.length > 0 && column <= columnCount).length,
    formulaRowsWithoutValue,
  };
}

/** The cells of a row with the hidden columns taken out, so later columns move left as they look. */
function cellsWithoutHidden(cells: string[], hiddenColumns: ReadonlySet<number>): string[] {
  const kept: string[] = [];
  for (let index = 0; index < cells.length; index += 1) if (!hiddenColumns.has(index + 1)) kept.push(cells[index] ?? '');
  return kept;
}
