import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { ColumnMapping } from '../spreadsheet/field-definition';
import { planSpreadsheetImport } from '../spreadsheet/plan-spreadsheet-import';
import { previewPlanRows } from '../spreadsheet/preview-plan-rows';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import type { RecipientImportRequest } from './import-recipients';
import { RECIPIENT_IMPORT_FIELDS } from './recipient-import-fields';

export interface RecipientImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx' | 'ods';
  encoding: string | null;
  sheetName: string | null;
  sheetNames: string[];
  headerRow: number | null;
  mapping: ColumnMapping[];
  fields: { field: string; label: string }[];
  rows: { row: number; cells: string[] }[];
  rowCount: number;
  unknownCountries: string[];
  notes: string[];
}

/**
 * Reads a recipient spreadsheet and proposes its mapping without touching the campaign, for the
 * mapping step: the header, which field each column feeds (changeable), the first rows, and the
 * countries that would not be recognised under the mapping given.
 */
export async function previewRecipientImport(request: RecipientImportRequest): Promise<RecipientImportPreview> {
  const grid = await readSpreadsheet(request.source, {
    sheet: request.sheet,
    delimiter: request.delimiter,
    fieldDefinitions: RECIPIENT_IMPORT_FIELDS,
  });
  const plan = planSpreadsheetImport(grid, RECIPIENT_IMPORT_FIELDS, { overrides: request.overrides, mapping: request.mapping });
  const countryColumn = plan.mapping.find((entry) => entry.field === 'country')?.column;
  const unknown = new Set<string>();
  for (const { cells } of plan.dataRows) {
    const country = countryColumn === undefined ? '' : (cells[countryColumn] ?? '').trim();
    if (country && !resolveCountry(country, { acceptCodes: true })) unknown.add(country);
  }
  return {
    fileName: grid.fileName,
    format: grid.format,
    encoding: grid.encoding,
    sheetName: grid.sheetName,
    sheetNames: grid.sheetNames,
    headerRow: plan.headerRow,
    mapping: plan.mapping,
    fields: RECIPIENT_IMPORT_FIELDS.map(({ field, label }) => ({ field, label })),
    ...previewPlanRows(plan),
    unknownCountries: [...unknown].sort(),
    notes: grid.notes,
  };
}
