import { signatoryNameProblem } from '../../../shared/signatories/signatory-name-problem';
import { detectHeader } from './detect-header';
import type { FieldDefinition } from './field-definition';
import { proposeMapping } from './propose-mapping';
import type { SpreadsheetRow } from './spreadsheet-grid';

/** Rows looked at per sheet: enough to judge, few enough for a workbook of large sheets. */
const SAMPLE_ROWS = 500;

/** How well a sheet reads as a list to import, and why, in words a coordinator reads in the sheet picker. */
export interface SheetScore {
  /** 0 for no list at all. */
  score: number;
  /** "128 rows, header found: Organisation, Country", "instructions text, not a list". */
  reason: string;
}

function rows(count: number): string {
  return `${count} ${count === 1 ? 'row' : 'rows'}`;
}

/**
 * How much a sheet looks like a list to import, 0 for none: a header naming the fields (the
 * required one most), and many rows whose cell in the name column reads as a name. A sheet of
 * prose (instructions, a README: most filled cells long or sentences) scores 0.
 */
export function scoreSheetAsList(sheetRows: readonly SpreadsheetRow[], fieldDefinitions: readonly FieldDefinition[]): SheetScore {
  const sample = sheetRows.slice(0, SAMPLE_ROWS);
  const filled = sample.flatMap((row) => row.cells.map((cell) => cell.trim()).filter(Boolean));
  if (filled.length === 0) return { score: 0, reason: 'empty' };
  const prose = filled.filter((cell) => cell.length > 100 || /sentences|question|characters/.test(signatoryNameProblem(cell) ?? '')).length;
  if (prose * 3 > filled.length) return { score: 0, reason: 'instructions text, not a list' };
  const headerIndex = detectHeader(sample, fieldDefinitions);
  const required = fieldDefinitions.find((definition) => definition.required);
  const requiredLabel = required?.label ?? 'name';
  const filledRowsBelow = sheetRows.slice((headerIndex ?? -1) + 1).filter((row) => row.cells.some((cell) => cell.trim() !== '')).length;
  let score = 0;
  let nameColumn: number | null = null;
  let found: string;
  if (headerIndex !== null) {
    const headers = sample[headerIndex]!.cells;
    const mapping = proposeMapping(headers, fieldDefinitions);
    score += 10 * mapping.filter((entry) => entry.field).length;
    nameColumn = mapping.find((entry) => entry.field === required?.field)?.column ?? null;
    const named = mapping.filter((entry) => entry.field).map((entry) => entry.header.trim());
    if (nameColumn === null) return { score, reason: `${rows(filledRowsBelow)}, header found: ${named.join(', ')} (no ${requiredLabel.toLowerCase()} column)` };
    score += 20;
    found = `${rows(filledRowsBelow)}, header found: ${named.join(', ')}`;
  } else if (sample.every((row) => row.cells.filter((cell) => cell.trim()).length <= 1)) {
    nameColumn = 0;
    found = `${rows(filledRowsBelow)} in one column, no header`;
  } else {
    return { score, reason: `${rows(filledRowsBelow)}, no header naming a ${requiredLabel.toLowerCase()} column` };
  }
  const dataRows = sample.slice((headerIndex ?? -1) + 1);
  const column = nameColumn;
  const nameOf = (row: SpreadsheetRow): string => (headerIndex === null ? (row.cells.find((cell) => cell.trim()) ?? '') : (row.cells[column] ?? ''));
  const names = dataRows.filter((row) => signatoryNameProblem(nameOf(row)) === null).length;
  if (names * 2 < dataRows.length) return { score: score / 2, reason: `${found}; most of its cells are not names` };
  return { score: score + 10 * Math.log2(1 + names), reason: found };
}
