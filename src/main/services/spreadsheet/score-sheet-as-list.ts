import { signatoryNameProblem } from '../../../shared/signatories/signatory-name-problem';
import { detectHeader } from './detect-header';
import type { FieldDefinition } from './field-definition';
import { proposeMapping } from './propose-mapping';
import type { SpreadsheetRow } from './spreadsheet-grid';

/** Rows looked at per sheet: enough to judge, few enough for a workbook of large sheets. */
const SAMPLE_ROWS = 500;

/**
 * How much a sheet looks like a list to import, 0 for none: a header naming the fields (the
 * required one most), and many rows whose cell in the name column reads as a name. A sheet of
 * prose (instructions, a README: most filled cells long or sentences) scores 0.
 */
export function scoreSheetAsList(rows: readonly SpreadsheetRow[], fieldDefinitions: readonly FieldDefinition[]): number {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const filled = sample.flatMap((row) => row.cells.map((cell) => cell.trim()).filter(Boolean));
  if (filled.length === 0) return 0;
  const prose = filled.filter((cell) => cell.length > 100 || /sentences|question|characters/.test(signatoryNameProblem(cell) ?? '')).length;
  if (prose * 3 > filled.length) return 0;
  const headerIndex = detectHeader(sample, fieldDefinitions);
  let score = 0;
  let nameColumn: number | null = null;
  if (headerIndex !== null) {
    const headers = sample[headerIndex]!.cells;
    const mapping = proposeMapping(headers, fieldDefinitions);
    const required = fieldDefinitions.find((definition) => definition.required)?.field;
    score += 10 * mapping.filter((entry) => entry.field).length;
    nameColumn = mapping.find((entry) => entry.field === required)?.column ?? null;
    if (nameColumn !== null) score += 20;
  } else if (sample.every((row) => row.cells.filter((cell) => cell.trim()).length <= 1)) {
    nameColumn = 0;
  }
  if (nameColumn === null) return score;
  const dataRows = sample.slice((headerIndex ?? -1) + 1);
  const column = nameColumn;
  const nameOf = (row: SpreadsheetRow): string => (headerIndex === null ? (row.cells.find((cell) => cell.trim()) ?? '') : (row.cells[column] ?? ''));
  const names = dataRows.filter((row) => signatoryNameProblem(nameOf(row)) === null).length;
  if (names * 2 < dataRows.length) return score / 2;
  return score + 10 * Math.log2(1 + names);
}
