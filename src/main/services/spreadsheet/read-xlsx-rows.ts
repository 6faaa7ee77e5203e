import type ExcelJS from 'exceljs';
import { UserError } from '../../../shared/model/user-error';
import type { SpreadsheetRow } from './spreadsheet-grid';

type CellValue = ExcelJS.CellValue;

/** A cell's value as the text a person reads in it. */
function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as CellValue);
  if ('hyperlink' in value) return cellText((value as ExcelJS.CellHyperlinkValue).text as CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * Reads an XLSX workbook (already checked to be a sane zip) into rows of text: the chosen sheet,
 * or the first one holding any value. The covered cells of a merged range read as empty.
 */
export async function readXlsxRows(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
): Promise<{ sheetName: string; sheetNames: string[]; rows: SpreadsheetRow[] }> {
  // exceljs is large: loaded when a workbook is read, not when the CLI or the app starts.
  const { default: ExcelLibrary } = await import('exceljs');
  const workbook = new ExcelLibrary.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UserError(`"${fileName}" could not be read as an XLSX workbook: ${(error as Error).message}.`, { code: 'unreadable-spreadsheet', cause: error });
  }
  const sheetNames = workbook.worksheets.map((worksheet) => worksheet.name);
  let worksheet: ExcelJS.Worksheet | undefined;
  if (sheet !== undefined) {
    worksheet = workbook.worksheets.find((candidate) => candidate.name === sheet);
    if (!worksheet) throw new UserError(`"${fileName}" has no sheet named "${sheet}" (its sheets: ${sheetNames.join(', ')}).`, { code: 'unknown-sheet' });
  } else {
    worksheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0) ?? workbook.worksheets[0];
  }
  if (!worksheet) throw new UserError(`"${fileName}" has no sheets.`, { code: 'empty-spreadsheet' });
  const rows: SpreadsheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      cells[columnNumber - 1] = cellText(cell.value);
    });
    for (let index = 0; index < cells.length; index += 1) cells[index] ??= '';
    rows.push({ row: rowNumber, cells });
  });
  return { sheetName: worksheet.name, sheetNames, rows };
}
