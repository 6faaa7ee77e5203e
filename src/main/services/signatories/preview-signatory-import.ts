import { resolveCountry } from '../../../shared/countries/resolve-country';
import { splitNameCountry } from '../../../shared/signatories/split-name-country';
import type { ColumnMapping, FieldDefinition } from '../spreadsheet/field-definition';
import { previewPlanRows } from '../spreadsheet/preview-plan-rows';
import { readSpreadsheet } from '../spreadsheet/read-spreadsheet';
import type { SignatoryImportRequest } from './import-signatories';
import { planSignatoryImport } from './plan-signatory-import';
import { SIGNATORY_FIELDS } from './signatory-fields';

export interface SignatoryImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx' | 'ods';
  encoding: string | null;
  sheetName: string | null;
  sheetNames: string[];
  headerRow: number | null;
  headers: string[];
  mapping: ColumnMapping[];
  fields: Pick<FieldDefinition, 'field' | 'label' | 'required'>[];
  /** The first rows below the header, as written. */
  rows: { row: number; cells: string[] }[];
  rowCount: number;
  /** Rows whose name cell ends with a country in parentheses, when no country column is mapped. */
  splittable: number;
  /** Country cells no country is known by (in the rows read). */
  unknownCountries: string[];
  /** How the file was read: the sheet chosen and the others, hidden rows skipped, the encoding. */
  notes: string[];
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
  const plan = planSignatoryImport(grid, { overrides: request.overrides, mapping: request.mapping, requireFields: false });
  const nameColumn = plan.mapping.find((entry) => entry.field === 'name')?.column;
  const countryColumn = plan.mapping.find((entry) => entry.field === 'country')?.column;
  let splittable = 0;
  const unknown = new Set<string>();
  for (const { cells } of plan.dataRows) {
    if (countryColumn === undefined && nameColumn !== undefined && cells[nameColumn] && splitNameCountry(cells[nameColumn]!))
      splittable += 1;
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
    headers: plan.headers,
    mapping: plan.mapping,
    fields: SIGNATORY_FIELDS.map(({ field, label, required }) => ({ field, label, required: required ?? false })),
    ...previewPlanRows(plan),
    splittable,
    unknownCountries: [...unknown].sort(),
    notes: grid.notes,
  };
}
