import { planSpreadsheetImport } from '../spreadsheet/plan-spreadsheet-import';
import { previewImportGrid, type ImportGridPreview } from '../spreadsheet/preview-import-grid';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import type { RecipientImportRequest } from './import-recipients';
import { RECIPIENT_IMPORT_FIELDS } from './recipient-import-fields';

export interface RecipientImportPreview extends ImportGridPreview {
  fields: { field: string; label: string }[];
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
  const plan = planSpreadsheetImport(grid, RECIPIENT_IMPORT_FIELDS, {
    overrides: request.overrides,
    mapping: request.mapping,
    firstRowIsHeader: request.firstRowIsHeader,
  });
  return {
    ...previewImportGrid(grid, plan),
    fields: RECIPIENT_IMPORT_FIELDS.map(({ field, label }) => ({ field, label })),
  };
}
