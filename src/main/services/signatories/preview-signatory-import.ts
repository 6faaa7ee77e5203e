import { splitNameCountry } from '../../../shared/signatories/split-name-country';
import type { FieldDefinition } from '../spreadsheet/field-definition';
import { previewImportGrid, type ImportGridPreview } from '../spreadsheet/preview-import-grid';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import type { SignatoryImportRequest } from './import-signatories';
import { planSignatoryImport } from './plan-signatory-import';
import { SIGNATORY_FIELDS } from './signatory-fields';

export interface SignatoryImportPreview extends ImportGridPreview {
  headers: string[];
  fields: Pick<FieldDefinition, 'field' | 'label' | 'required'>[];
  /** Rows whose name cell ends with a country in parentheses, when no country column is mapped. */
  splittable: number;
}

/**
 * Reads a spreadsheet and proposes how to import it, without touching the campaign: where the
 * header is, the mapping (changeable), the first rows, and how many names would be split. A file with no
 * recognisable name column is previewed with none mapped, so the mapping step can offer its columns.
 */
export async function previewSignatoryImport(request: SignatoryImportRequest): Promise<SignatoryImportPreview> {
  const grid = await readSpreadsheet(request.source, {
    sheet: request.sheet,
    delimiter: request.delimiter,
    includeHidden: request.includeHidden,
    fieldDefinitions: SIGNATORY_FIELDS,
  });
  const plan = planSignatoryImport(grid, {
    overrides: request.overrides,
    mapping: request.mapping,
    firstRowIsHeader: request.firstRowIsHeader,
    requireFields: false,
  });
  const nameColumn = plan.mapping.find((entry) => entry.field === 'name')?.column;
  const countryMapped = plan.mapping.some((entry) => entry.field === 'country');
  let splittable = 0;
  if (!countryMapped && nameColumn !== undefined) {
    for (const { cells } of plan.dataRows) if (splitNameCountry(cells[nameColumn] ?? '')) splittable += 1;
  }
  return {
    ...previewImportGrid(grid, plan),
    headers: plan.headers,
    fields: SIGNATORY_FIELDS.map(({ field, label, required }) => ({ field, label, required: required ?? false })),
    splittable,
  };
}
