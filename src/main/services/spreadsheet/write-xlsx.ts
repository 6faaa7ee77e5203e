import { neutralizeFormula } from './neutralize-formula';
import type { SpreadsheetTable } from './spreadsheet-table';

/** An XLSX workbook with one sheet, a bold header row and text cells, formula-like cells neutralised. */
export async function writeXlsx(table: SpreadsheetTable): Promise<Uint8Array> {
  // exceljs is large: loaded when a workbook is written, not when the CLI or the app starts.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(table.sheetName.slice(0, 31) || 'Sheet1');
  worksheet.addRow(table.headers.map(neutralizeFormula)).font = { bold: true };
  for (const row of table.rows) worksheet.addRow(row.map(neutralizeFormula));
  worksheet.views = [{ state: 'frozen', ySplit: 1 }];
  table.headers.forEach((header, index) => {
    const longest = table.rows.reduce((width, row) => Math.max(width, (row[index] ?? '').length), header.length);
    worksheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
