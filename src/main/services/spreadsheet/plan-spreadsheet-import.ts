import { UserError } from '../../../shared/model/user-error';
import { detectHeader } from './detect-header';
import type { ColumnMapping, FieldDefinition } from './field-definition';
import { foldHeaderText } from './fold-header-text';
import { guessFirstRowIsHeader } from './guess-first-row-is-header';
import { importHint, type ImportAudience } from './import-hint';
import { proposeMapping } from './propose-mapping';
import type { SpreadsheetGrid, SpreadsheetRow } from './spreadsheet-grid';

/** Where the header is, what each column feeds, and the rows below the header. */
export interface SpreadsheetImportPlan {
  /** The header's row number in the file, or null when the list has no header row. */
  headerRow: number | null;
  /** True when the header was found by its column names; false when none was, and the first row was taken as the header or as data by a guess or by `firstRowIsHeader`. */
  headerRecognised: boolean;
  headers: string[];
  mapping: ColumnMapping[];
  dataRows: SpreadsheetRow[];
}

export interface PlanOptions {
  /** Header name -> field (or null to keep as extra), from `--map Header=field` or the mapping step. */
  overrides?: Readonly<Record<string, string | null>>;
  /** A whole mapping chosen in the mapping step, by column; wins over proposals and overrides. */
  mapping?: readonly ColumnMapping[];
  /** False for the mapping step, which shows a plan with a required field still unmapped so the user can choose its column. */
  requireFields?: boolean;
  /** When no header is recognised: whether the first filled row is the header (the mapping step's answer); default a guess (guessFirstRowIsHeader). */
  firstRowIsHeader?: boolean;
  /** Whose message a refusal is: the command line's names --map, the app's (default) the mapping step. */
  audience?: ImportAudience;
}

/**
 * Finds the header row, proposes the mapping (headers in en/fr/es) and applies the user's overrides.
 * When no row names a field, the first filled row is the header if `firstRowIsHeader` says so (or, unasked, if
 * it looks like one), else every row is data. A one-column list is read as a list of the first required field.
 * Refuses, naming the file and the field, a file with no column for a required field (unless `requireFields` is false).
 */
export function planSpreadsheetImport(grid: SpreadsheetGrid, fieldDefinitions: readonly FieldDefinition[], options: PlanOptions = {}): SpreadsheetImportPlan {
  const overrides = options.overrides ?? {};
  const known = new Set(fieldDefinitions.map((definition) => definition.field));
  for (const [header, field] of Object.entries(overrides)) {
    if (field !== null && !known.has(field)) {
      throw new UserError(`--map ${header}=${field}: "${field}" is not a field (fields: ${[...known].join(', ')}).`, { code: 'unknown-field' });
    }
  }
  const withOverrides = fieldDefinitions.map((definition) => ({
    ...definition,
    headerNames: [...definition.headerNames, ...Object.entries(overrides).filter(([, field]) => field === definition.field).map(([header]) => header)],
  }));
  const headerIndex = detectHeader(grid.rows, withOverrides);
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  let plan: SpreadsheetImportPlan;
  const firstFilled = grid.rows.findIndex((row) => row.cells.some((cell) => cell.trim() !== ''));
  const firstRowIsHeader = headerIndex === null && firstFilled >= 0 && (options.firstRowIsHeader ?? guessFirstRowIsHeader(grid.rows));
  const required = fieldDefinitions.find((definition) => definition.required);
  if (headerIndex === null && !firstRowIsHeader) {
    const headers = Array.from({ length: width }, (_, column) => `Column ${column + 1}`);
    const mapping: ColumnMapping[] = headers.map((header, column) => ({ column, header, field: width === 1 && required ? required.field : null }));
    plan = { headerRow: null, headerRecognised: false, headers, mapping, dataRows: grid.rows };
  } else {
    const index = headerIndex ?? firstFilled;
    const headerCells = grid.rows[index]!.cells;
    const headers = Array.from({ length: width }, (_, column) => headerCells[column]?.trim() || `Column ${column + 1}`);
    const mapping = proposeMapping(headers, withOverrides);
    // A one-column list under a title nobody recognised is still a list of the first required field.
    if (headerIndex === null && width === 1 && required && !mapping[0]!.field) mapping[0]!.field = required.field;
    for (const entry of mapping) {
      const override = Object.entries(overrides).find(([header]) => foldHeaderText(header) === foldHeaderText(entry.header));
      if (override) entry.field = override[1];
    }
    // An override moves a field: the column that had it before gives it up.
    for (const entry of mapping) {
      if (entry.field && mapping.some((other) => other !== entry && other.field === entry.field && Object.keys(overrides).some((header) => foldHeaderText(header) === foldHeaderText(other.header)))) {
        entry.field = null;
      }
    }
    plan = { headerRow: grid.rows[index]!.row, headerRecognised: headerIndex !== null, headers, mapping, dataRows: grid.rows.slice(index + 1) };
  }
  if (options.mapping) {
    plan.mapping = plan.headers.map((header, column) => ({ column, header, field: options.mapping!.find((entry) => entry.column === column)?.field ?? null }));
  }
  for (const definition of fieldDefinitions) {
    if (options.requireFields !== false && definition.required && !plan.mapping.some((entry) => entry.field === definition.field)) {
      throw new UserError(
        `"${grid.fileName}" has no recognisable ${definition.label.toLowerCase()} column${plan.headerRow ? ` (header found in row ${plan.headerRow}: ${plan.headers.join(', ')})` : ''}: ${importHint('map-field', options.audience, definition.field)}.`,
        { code: 'no-required-column', details: { field: definition.field } },
      );
    }
  }
  return plan;
}
