import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the XLSX fixtures with exceljs, as a spreadsheet program would save them: a title merged
 * across the columns, a blank row, Spanish headers in row 3, and an empty first sheet.
 */
export async function writeSignatoryWorkbook(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notes');
  const sheet = workbook.addWorksheet('Firmantes');
  sheet.getCell('A1').value = 'Carta conjunta: organizaciones firmantes';
  sheet.mergeCells('A1:D1');
  sheet.getCell('A3').value = 'Organización';
  sheet.getCell('B3').value = 'País';
  sheet.getCell('C3').value = 'Correo electrónico';
  sheet.getCell('D3').value = 'Fecha';
  sheet.addRow(['Comisión Mexicana de Defensa y Promoción de los Derechos Humanos', 'México', { text: 'cmdpdh@example.org', hyperlink: 'mailto:cmdpdh@example.org' }, new Date(Date.UTC(2020, 10, 30))]);
  sheet.addRow([{ richText: [{ text: 'Asociación ', font: { bold: true } }, { text: 'Pro Derechos Humanos' }] }, 'España', '', '']);
  sheet.addRow([]);
  sheet.addRow(['Fundación Nacional para la Democracia', 'República Dominicana', '', 2020]);
  const other = workbook.addWorksheet('Otra hoja');
  other.addRow(['Organization', 'Country']);
  other.addRow(['Other Sheet Organization', 'Chile']);
  const path = join(folder, 'firmantes.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A zip named .xlsx whose one part declares 40 MB of zeros in 40 KB: a zip bomb. */
export async function writeZipBomb(folder: string): Promise<string> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook/>');
  zip.file('xl/worksheets/sheet1.xml', new Uint8Array(40 * 1024 * 1024));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const path = join(folder, 'bomb.xlsx');
  writeFileSync(path, bytes);
  return path;
}

/** A CSV with one 100,000-character cell among good rows. */
export function writeLongCellCsv(folder: string): string {
  const path = join(folder, 'long-cell.csv');
  writeFileSync(path, `Organization,Country\nGood Organization,Kenya\n${'x'.repeat(100_000)},Norway\nAnother Good Organization,Chile\n`);
  return path;
}
