import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { SheetAssessment } from './choose-sheet';
import type { ColumnMapping } from './field-definition';
import type { SpreadsheetImportPlan } from './plan-spreadsheet-import';
import { previewPlanRows } from './preview-plan-rows';
import type { SpreadsheetFormat, SpreadsheetGrid } from './spreadsheet-grid';

/** What the mapping step shows of any list being imported (recipients, signatories), before its own additions. */
export interface ImportGridPreview {
  fileName: string;
  format: SpreadsheetFormat;
  encoding: string | null;
  sheetName: string | null;
  sheetNames: string[];
  /** Every sheet with why it was or was not picked, for the sheet picker. */
  sheets: SheetAssessment[];
  headerRow: number | null;
  /** False when no row named a field: the mapping step then asks whether the first row is the header. */
  headerRecognised: boolean;
  mapping: ColumnMapping[];
  /** The first rows below the header, as written. */
  rows: { row: number; cells: string[] }[];
  rowCount: number;
  /** Country cells no country is known by (names or codes), in every row below the header, sorted. */
  unknownCountries: string[];
  /** How the file was read: the sheet chosen and the others, hidden rows skipped, the encoding. */
  notes: string[];
}

/** Summarises a spreadsheet read and planned for import, for the mapping step: nothing is written. */
export function previewImportGrid(grid: SpreadsheetGrid, plan: SpreadsheetImportPlan): ImportGridPreview {
  const countryColumn = plan.mapping.find((entry) => entry.field === 'country')?.column;
  const unknown = new Set<string>();
  if (countryColumn !== undefined) {
    for (const { cells } of plan.dataRows) {
      const country = (cells[countryColumn] ?? '').trim();
      if (country && !resolveCountry(country, { acceptCodes: true })) unknown.add(country);
    }
  }
  return {
    fileName: grid.fileName,
    format: grid.format,
    encoding: grid.encoding,
    sheetName: grid.sheetName,
    sheetNames: grid.sheetNames,
    sheets: grid.sheets,
    headerRow: plan.headerRow,
    headerRecognised: plan.headerRecognised,
    mapping: plan.mapping,
    ...previewPlanRows(plan),
    unknownCountries: [...unknown].sort(),
    notes: grid.notes,
  };
}
