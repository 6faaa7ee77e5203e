import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { neutralizeFormula } from './neutralize-formula';

/** A table to write: a header row and rows of text, written as text. */
export interface SpreadsheetTable {
  sheetName: string;
  headers: string[];
  rows: string[][];
}

/** CSV as Excel opens it without asking: UTF-8 with a BOM, CRLF, every formula-like cell neutralised. */
export function writeCsv(table: SpreadsheetTable): Uint8Array {
  const text = Papa.unparse([table.headers.map(neutralizeFormula), ...table.rows.map((row) => row.map(neutralizeFormula))], { newline: '\r\n', quotes: false });
  return new TextEncoder().encode(`\ufeff${text}\r\n`);
}

/** An XLSX workbook with one sheet, a bold header row and text cells, formula-like cells neutralised. */
export async function writeXlsx(table: SpreadsheetTable): Promise<Uint8Array> {
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
