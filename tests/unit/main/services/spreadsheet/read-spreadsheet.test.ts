import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNATORY_FIELDS } from '../../../../../src/main/services/signatories/signatory-fields';
import { detectHeader } from '../../../../../src/main/services/spreadsheet/detect-header';
import { readZipDirectory } from '../../../../../src/main/services/zip/read-zip-directory';
import { mapSpreadsheetRows } from '../../../../../src/main/services/spreadsheet/map-spreadsheet-rows';
import { planSpreadsheetImport } from '../../../../../src/main/services/spreadsheet/plan-spreadsheet-import';
import { proposeMapping } from '../../../../../src/main/services/spreadsheet/propose-mapping';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';
import { SPREADSHEET_LIMITS } from '../../../../../src/main/services/spreadsheet/spreadsheet-limits';
import { useTemporaryFolder } from '../../../temporary-folder';
import { writeLongCellCsv, writeSignatoryWorkbook, writeZipBomb } from './xlsx-fixtures';

const fixtures = join(import.meta.dirname, '../../../../fixtures/signatories');
const temporaryFolder = useTemporaryFolder();

describe('readSpreadsheet: CSV', () => {
  it('reads UTF-8 with a BOM and CRLF, the BOM not in the first header', async () => {
    const grid = await readSpreadsheet(join(fixtures, 'signatories-bom-crlf.csv'));
    expect(grid.encoding).toBe('utf-8');
    expect(grid.rows[0]!.cells[0]).toBe('Organization');
    expect(grid.rows[3]!.cells[0]).toBe('Réseau Equitas Côte d’Ivoire (REQCI)');
    expect(grid.rows.every((row) => row.cells.every((cell) => !cell.includes('\r')))).toBe(true);
    expect(grid.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads semicolons, UTF-16 LE and BE (tab-separated) and Windows-1252', async () => {
    const french = await readSpreadsheet(join(fixtures, 'signatories-french-semicolon.csv'));
    expect(french.rows.find((row) => row.cells[0] === 'Organisation')!.cells).toContain('Courriel');
    for (const name of ['signatories-utf16le.txt', 'signatories-utf16be.csv']) {
      const grid = await readSpreadsheet(join(fixtures, name));
      expect(grid.encoding).toMatch(/^utf-16/);
      expect(grid.rows[0]!.cells).toEqual(['Organización', 'País', 'Contacto', 'Correo electrónico']);
      expect(grid.rows[1]!.cells[1]).toBe('España');
    }
    const western = await readSpreadsheet(join(fixtures, 'signatories-windows-1252.csv'));
    expect(western.encoding).toBe('windows-1252');
    expect(western.rows.map((row) => row.cells[0])).toEqual(['Organisation', 'Société Générale des Droits', 'Ação Cidadã', 'Naïve Coalition – “Quotes”']);
  });

  it('reads pasted tab-separated text given as bytes', async () => {
    const bytes = new TextEncoder().encode('Organisation\tPays\nAmnesty International\tFrance\n');
    const grid = await readSpreadsheet({ fileName: 'pasted.tsv', bytes });
    expect(grid.rows[1]!.cells).toEqual(['Amnesty International', 'France']);
  });
});

describe('readSpreadsheet: XLSX', () => {
  it('reads the first sheet with values, skipping an empty one; a merged title fills its range as a person sees it', async () => {
    const grid = await readSpreadsheet(await writeSignatoryWorkbook(temporaryFolder()));
    expect(grid.format).toBe('xlsx');
    expect(grid.sheetName).toBe('Firmantes');
    expect(grid.sheetNames).toEqual(['Notes', 'Firmantes', 'Otra hoja']);
    expect(grid.rows[0]).toEqual({ row: 1, cells: Array(4).fill('Carta conjunta: organizaciones firmantes') });
    const mexico = grid.rows.find((row) => row.cells[1] === 'México')!;
    expect(mexico.cells).toEqual(['Comisión Mexicana de Defensa y Promoción de los Derechos Humanos', 'México', 'cmdpdh@example.org', '2020-11-30']);
    expect(grid.rows.find((row) => row.cells[1] === 'España')!.cells[0]).toBe('Asociación Pro Derechos Humanos');
  });

  it('reads a chosen sheet, and names the sheets when the chosen one is missing', async () => {
    const path = await writeSignatoryWorkbook(temporaryFolder());
    const grid = await readSpreadsheet(path, { sheet: 'Otra hoja' });
    expect(grid.rows[1]!.cells).toEqual(['Other Sheet Organization', 'Chile']);
    await expect(readSpreadsheet(path, { sheet: 'Missing' })).rejects.toThrow('"firmantes.xlsx" has no sheet named "Missing" (its sheets: Notes, Firmantes, Otra hoja)');
  });
});

describe('readSpreadsheet: bad input', () => {
  it('refuses an empty file, naming it', async () => {
    await expect(readSpreadsheet(join(fixtures, 'empty.csv'))).rejects.toThrow('"empty.csv" is empty.');
  });

  it('refuses a file over the size limit up front, naming the limit', async () => {
    const bytes = new Uint8Array(SPREADSHEET_LIMITS.maxFileBytes + 1);
    await expect(readSpreadsheet({ fileName: 'huge.csv', bytes })).rejects.toThrow('"huge.csv" is 20 MB, over the 20 MB limit for a spreadsheet');
  });

  it('refuses an XLSX that is not a zip, and a zip bomb, before exceljs reads them', async () => {
    await expect(readSpreadsheet(join(fixtures, 'not-a-zip.xlsx'))).rejects.toThrow('"not-a-zip.xlsx" is not a valid XLSX workbook (it is not a zip archive)');
    const bomb = await writeZipBomb(temporaryFolder());
    expect(readZipDirectory(new Uint8Array(readFileSync(bomb)))!.find((entry) => entry.name.includes('sheet1'))!.uncompressedSize).toBe(40 * 1024 * 1024);
    await expect(readSpreadsheet(bomb)).rejects.toThrow(/"bomb.xlsx" expands more than 200:1 \(as far as "xl\/worksheets\/sheet1.xml"\)/);
  });

  it('names a file that does not exist', async () => {
    await expect(readSpreadsheet(join(temporaryFolder(), 'missing.csv'))).rejects.toThrow('"missing.csv" cannot be read: it does not exist.');
  });

  it('makes a 100,000-character cell a row error and keeps the good rows', async () => {
    const grid = await readSpreadsheet(writeLongCellCsv(temporaryFolder()));
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    const { records, errors } = mapSpreadsheetRows(plan.dataRows, plan.mapping);
    expect(records.map((record) => record.values.name)).toEqual(['Good Organization', 'Another Good Organization']);
    expect(errors).toEqual([{ row: 3, message: 'row 3: the cell in column "Organization" has 100,000 characters, over the limit of 10,000' }]);
  });

  it('refuses a file with no organization column, naming the file and the headers it found', async () => {
    const grid = await readSpreadsheet(join(fixtures, 'no-organization-column.csv'));
    expect(() => planSpreadsheetImport(grid, SIGNATORY_FIELDS)).toThrow('"no-organization-column.csv" has no recognisable organization column');
  });

  it('refuses binary data in a text file', async () => {
    const path = join(temporaryFolder(), 'binary.csv');
    writeFileSync(path, Buffer.from([0x00, 0x01, 0x02, 0x00, 0x41, 0x00, 0x00, 0x00, 0x10]));
    await expect(readSpreadsheet(path)).rejects.toThrow(/"binary.csv"/);
  });
});

describe('header detection and mapping', () => {
  it('finds the header below title and blank rows', async () => {
    const grid = await readSpreadsheet(join(fixtures, 'signatories-french-semicolon.csv'));
    const index = detectHeader(grid.rows, SIGNATORY_FIELDS);
    expect(grid.rows[index!]!.row).toBe(3);
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    expect(plan.headerRow).toBe(3);
    expect(plan.mapping.map((entry) => entry.field)).toEqual(['name', 'country', 'contactName', 'email', 'status', null]);
  });

  it('prefers an exact header to a title that only mentions a field', async () => {
    const text = 'List of signatories to the joint letter\n\nOrganisation\nAmnesty International\nHuman Rights Watch\n';
    const grid = await readSpreadsheet({ fileName: 'titled.csv', bytes: new TextEncoder().encode(text) });
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    expect(plan.headerRow).toBe(3);
    expect(mapSpreadsheetRows(plan.dataRows, plan.mapping).records.map((record) => record.values.name)).toEqual(['Amnesty International', 'Human Rights Watch']);
  });

  it('does not take a name containing a field word for a header', async () => {
    const text = 'Action Humaine pour le Développement\nAfrica Legal Aid (AFLA)\nAnfal Storys Organization\nArry Group for Human Rights\n';
    const grid = await readSpreadsheet({ fileName: 'names.txt', bytes: new TextEncoder().encode(text) });
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    expect(plan.headerRow).toBeNull();
    expect(mapSpreadsheetRows(plan.dataRows, plan.mapping).records).toHaveLength(4);
  });

  it('reads a one-column list whose names hold commas as one column', async () => {
    const text = 'Organisation\nUnited Church of Christ, Justice and Witness Ministries\nHuman Rights Watch\nAmnesty International\n';
    const grid = await readSpreadsheet({ fileName: 'one-column.csv', bytes: new TextEncoder().encode(text) });
    expect(grid.rows.map((row) => row.cells)).toEqual([['Organisation'], ['United Church of Christ, Justice and Witness Ministries'], ['Human Rights Watch'], ['Amnesty International']]);
  });

  it('finds a Spanish header in row 3 of a workbook under a merged title', async () => {
    const grid = await readSpreadsheet(await writeSignatoryWorkbook(temporaryFolder()));
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    expect(plan.headerRow).toBe(3);
    expect(plan.mapping.map((entry) => [entry.header, entry.field])).toEqual([
      ['Organización', 'name'],
      ['País', 'country'],
      ['Correo electrónico', 'email'],
      ['Fecha', null],
    ]);
  });

  it('proposes each field once, the exact header first', () => {
    const mapping = proposeMapping(['Contact name', 'Name of organization', 'E-mail', 'Pays', 'Job title', 'Comments'], SIGNATORY_FIELDS);
    expect(mapping.map((entry) => entry.field)).toEqual(['contactName', 'name', 'email', 'country', 'title', null]);
  });

  it('applies --map overrides, including a header no language knows', async () => {
    const bytes = new TextEncoder().encode('Groupe signataire,Land,Kommentar\nAmnesty,Germany,ok\n');
    const grid = await readSpreadsheet({ fileName: 'custom.csv', bytes });
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS, { overrides: { Land: 'country', 'Groupe signataire': 'name' } });
    expect(plan.mapping.map((entry) => entry.field)).toEqual(['name', 'country', null]);
    expect(() => planSpreadsheetImport(grid, SIGNATORY_FIELDS, { overrides: { Land: 'nation' } })).toThrow('"nation" is not a field');
  });

  it('reads a headerless single column as names, and keeps unmapped columns as extra fields', async () => {
    const grid = await readSpreadsheet({ fileName: 'names.txt', bytes: new TextEncoder().encode('Amnesty International\nHuman Rights Watch\n') });
    const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS);
    expect(plan.headerRow).toBeNull();
    expect(mapSpreadsheetRows(plan.dataRows, plan.mapping).records.map((record) => record.values.name)).toEqual(['Amnesty International', 'Human Rights Watch']);
    const bom = await readSpreadsheet(join(fixtures, 'signatories-bom-crlf.csv'));
    const { records } = mapSpreadsheetRows(planSpreadsheetImport(bom, SIGNATORY_FIELDS).dataRows, planSpreadsheetImport(bom, SIGNATORY_FIELDS).mapping);
    expect(records[0]).toEqual({
      row: 2,
      values: { name: 'Human Rights Watch', country: 'USA', contactName: 'Ana Ortiz', email: 'ana@example.org', status: 'confirmed' },
      extra: { Notes: 'Signed by email' },
    });
  });
});
