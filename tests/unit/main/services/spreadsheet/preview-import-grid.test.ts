import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../../../../../src/main/services/spreadsheet/field-definition';
import { planSpreadsheetImport } from '../../../../../src/main/services/spreadsheet/plan-spreadsheet-import';
import { previewImportGrid } from '../../../../../src/main/services/spreadsheet/preview-import-grid';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';

const FIELDS: FieldDefinition[] = [
  { field: 'name', label: 'Name', required: true, headerNames: ['Name'] },
  { field: 'country', label: 'Country', headerNames: ['Country'] },
];

async function preview(csv: string, mapping?: { column: number; header: string; field: string | null }[]) {
  const grid = await readSpreadsheet({ fileName: 'list.csv', bytes: new TextEncoder().encode(csv) }, { fieldDefinitions: FIELDS });
  return previewImportGrid(grid, planSpreadsheetImport(grid, FIELDS, { mapping }));
}

describe('previewImportGrid', () => {
  it('names each country cell no country is known by once, sorted, accepting codes and skipping blanks', async () => {
    const csv = 'Name,Country\nA,France\nB, Narnia \nC,FR\nD,Atlantis\nE,\nF,Narnia\nG,Côte d’Ivoire\n';
    const result = await preview(csv);
    expect(result).toMatchObject({ fileName: 'list.csv', format: 'csv', headerRow: 1, rowCount: 7 });
    expect(result.mapping.map((entry) => entry.field)).toEqual(['name', 'country']);
    expect(result.rows[1]).toEqual({ row: 3, cells: ['B', ' Narnia '] });
    expect(result.unknownCountries).toEqual(['Atlantis', 'Narnia']);
  });

  it('checks no country when no column feeds the country', async () => {
    const result = await preview('Name,Country\nA,Atlantis\n', [
      { column: 0, header: 'Name', field: 'name' },
      { column: 1, header: 'Country', field: null },
    ]);
    expect(result.mapping.map((entry) => entry.field)).toEqual(['name', null]);
    expect(result.unknownCountries).toEqual([]);
  });
});
