import type { Database } from 'better-sqlite3';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { ColumnMapping } from '../spreadsheet/field-definition';
import { mapSpreadsheetRows, type RowError } from '../spreadsheet/map-spreadsheet-rows';
import { headerGuessNote } from '../spreadsheet/header-guess-note';
import type { ImportAudience } from '../spreadsheet/import-hint';
import { planSpreadsheetImport } from '../spreadsheet/plan-spreadsheet-import';
import { readSpreadsheet, type SpreadsheetBytes } from '../spreadsheet/read-spreadsheet';
import type { RecipientDraft } from './recipient-draft';
import { RECIPIENT_IMPORT_FIELDS } from './recipient-import-fields';
import { addRecipientList } from './recipient-store';

export interface RecipientImportRequest {
  source: string | SpreadsheetBytes;
  sheet?: string;
  delimiter?: string;
  /** Header -> field (or null: keep as extra), as `--map Header=field` gives them. */
  overrides?: Readonly<Record<string, string | null>>;
  mapping?: readonly ColumnMapping[];
  /** When no header is recognised: whether the first row is the header (the mapping step's answer); default a guess. */
  firstRowIsHeader?: boolean;
  /** Whose report it is: the command line's names its options, the app's (default) its controls. */
  audience?: ImportAudience;
}

export interface RecipientImportSummary {
  fileName: string;
  listId: number;
  added: number;
  /** Countries that could not be resolved to an ISO code; they are kept as written. */
  unresolvedCountries: string[];
  errors: RowError[];
  mapping: ColumnMapping[];
  /** How the file was read: the sheet, the encoding, how its first row was taken when no header was recognised. */
  notes: string[];
}

/**
 * Imports a recipient spreadsheet (CSV/XLSX) as a new recipient list, through the same reading,
 * header detection and mapping as signatories. Unmapped columns are kept as extra fields
 * (`{{recipient.extra.<column>}}`); a row with no name, organization or country is reported.
 */
export async function importRecipients(db: Database, request: RecipientImportRequest): Promise<RecipientImportSummary> {
  const grid = await readSpreadsheet(request.source, {
    sheet: request.sheet,
    delimiter: request.delimiter,
    fieldDefinitions: RECIPIENT_IMPORT_FIELDS,
    audience: request.audience,
  });
  const plan = planSpreadsheetImport(grid, RECIPIENT_IMPORT_FIELDS, {
    overrides: request.overrides,
    mapping: request.mapping,
    firstRowIsHeader: request.firstRowIsHeader,
    audience: request.audience,
  });
  const { records, errors } = mapSpreadsheetRows(plan.dataRows, plan.mapping);
  const rows: (RecipientDraft & { sourceRow: number })[] = [];
  const unresolvedCountries = new Set<string>();
  for (const { row, values, extra } of records) {
    if (!values.name && !values.organization && !values.country) {
      errors.push({ row, message: `row ${row}: no name, organization or country` });
      continue;
    }
    const countryCode = values.country ? resolveCountry(values.country, { acceptCodes: true }) : null;
    if (values.country && !countryCode) unresolvedCountries.add(values.country);
    const cityLine = [values.postalCode, values.city].filter(Boolean).join(' ');
    rows.push({
      sourceRow: row,
      honorific: values.honorific ?? null,
      name: values.name ?? null,
      title: values.title ?? null,
      organization: values.organization ?? null,
      country: values.country ?? null,
      countryCode,
      salutation: values.salutation ?? null,
      addressLines: [values.address1, values.address2, values.address3, cityLine].filter((line): line is string => Boolean(line)),
      email: values.email ?? null,
      language: values.language ?? null,
      extra,
    });
  }
  const { listId, added } = db.transaction(() => {
    const sourceId = Number(
      db
        .prepare(
          "INSERT INTO signatory_sources (kind, file_name, sha256, mapping, row_count, imported_at) VALUES ('recipients', ?, ?, ?, ?, ?)",
        )
        .run(
          grid.fileName,
          grid.sha256,
          JSON.stringify({ headerRow: plan.headerRow, sheet: grid.sheetName, columns: plan.mapping }),
          rows.length,
          new Date().toISOString(),
        ).lastInsertRowid,
    );
    return addRecipientList(db, {
      name: grid.fileName,
      source: `file:${grid.fileName} (sha256 ${grid.sha256.slice(0, 12)})`,
      sourceId,
      rows,
    });
  })();
  const headerNote = headerGuessNote(plan, request.audience);
  const notes = headerNote ? [...grid.notes, headerNote] : grid.notes;
  return { fileName: grid.fileName, listId, added, unresolvedCountries: [...unresolvedCountries], errors, mapping: plan.mapping, notes };
}
