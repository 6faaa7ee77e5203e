import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECIPIENT_IMPORT_FIELDS } from '../../../../../src/main/services/recipients/recipient-import-fields';
import { previewSignatoryImport } from '../../../../../src/main/services/signatories/preview-signatory-import';
import { SIGNATORY_FIELDS } from '../../../../../src/main/services/signatories/signatory-fields';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';
import { useTemporaryFolder } from '../../../temporary-folder';

const corpus = join(import.meta.dirname, '../../../../fixtures/import-corpus');
const temporaryFolder = useTemporaryFolder();

describe('chooseSheet: why each sheet was or was not picked', () => {
  it('says it in words for the sheet picker, for XLSX and ODS alike, and keeps the best one marked when another is chosen', async () => {
    for (const file of ['instructions-first.xlsx', 'instructions-first.ods']) {
      const preview = await previewSignatoryImport({ source: join(corpus, file) });
      expect(preview.sheetName).toBe('Sign-ons');
      expect(preview.sheets).toEqual([
        { name: 'Instructions', hidden: false, reason: 'instructions text, not a list', best: false },
        { name: 'README', hidden: false, reason: 'instructions text, not a list', best: false },
        { name: 'Sign-ons', hidden: false, reason: '3 rows, header found: Organisation, Country, Contact name', best: true },
      ]);
      const chosen = await previewSignatoryImport({ source: join(corpus, file), sheet: 'README' });
      expect(chosen.sheetName).toBe('README');
      expect(chosen.sheets).toEqual(preview.sheets);
    }
  });

  it('names empty and hidden sheets, a column of numbers, a headerless list and a header without the names', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes');
    const hidden = workbook.addWorksheet('Withdrawn', { state: 'hidden' });
    hidden.addRow(['Organization', 'Country']);
    hidden.addRow(['Hidden Organization', 'Chile']);
    const numbers = workbook.addWorksheet('Totals');
    for (const value of [9000, 120, 45, 7]) numbers.addRow([value]);
    const headerless = workbook.addWorksheet('Pasted');
    for (const name of ['Amnesty International', 'Human Rights Watch']) headerless.addRow([name]);
    const contacts = workbook.addWorksheet('Contacts');
    contacts.addRow(['Email', 'Country', 'Phone']);
    contacts.addRow(['a@example.org', 'Kenya', '+254 20 000']);
    const list = workbook.addWorksheet('Sign-on list');
    list.addRow(['Organisation', 'Country', 'Confirmed']);
    list.addRow(['Brot für die Welt', 'Germany', 'Yes']);
    list.addRow(['FIDH', 'France', 'Yes']);
    const path = join(temporaryFolder(), 'several-sheets.xlsx');
    await workbook.xlsx.writeFile(path);

    const grid = await readSpreadsheet(path, { fieldDefinitions: SIGNATORY_FIELDS });
    expect(grid.sheetName).toBe('Sign-on list');
    expect(grid.sheets.map(({ name, reason, best }) => [name, reason, best])).toEqual([
      ['Notes', 'empty', false],
      ['Withdrawn', 'hidden in the workbook', false],
      ['Totals', '4 rows in one column, no header; most of its cells are not names', false],
      ['Pasted', '2 rows in one column, no header', false],
      ['Contacts', '1 row, header found: Email, Country (no organization column)', false],
      ['Sign-on list', '2 rows, header found: Organisation, Country, Confirmed', true],
    ]);
    // The recipients' import judges the same sheets by its own fields.
    const recipients = await readSpreadsheet(path, { fieldDefinitions: RECIPIENT_IMPORT_FIELDS });
    expect(recipients.sheets.find((sheet) => sheet.name === 'Contacts')?.reason).toMatch(/^1 row, header found: Email, Country/);
  });
});
