import type { SheetAssessment } from './choose-sheet';

/** One row of a sheet: its number as the user sees it (1-based) and its cells as text. */
export interface SpreadsheetRow {
  row: number;
  cells: string[];
  /** Cells holding a formula with no saved value (read as empty), by column index in `cells`. */
  uncalculated?: UncalculatedCell[];
}

/** A formula whose value was never saved: the import names it instead of reading an empty cell. */
export interface UncalculatedCell {
  column: number;
  formula: string;
}

export type SpreadsheetFormat = 'csv' | 'xlsx' | 'ods';

/** A sheet read into text cells, before any header or mapping is decided. */
export interface SpreadsheetGrid {
  fileName: string;
  format: SpreadsheetFormat;
  /** SHA-256 of the file's bytes, hex: the same file imported twice is recognised by it. */
  sha256: string;
  /** How a text file was decoded; null for a workbook (XLSX, ODS). */
  encoding: string | null;
  /** The sheet read, and every sheet of the workbook (empty for CSV). */
  sheetName: string | null;
  sheetNames: string[];
  /** Every sheet with why it was or was not picked (empty for CSV). */
  sheets: SheetAssessment[];
  rows: SpreadsheetRow[];
  /** How the file was read, for the import report: the sheet chosen, hidden rows skipped, the encoding… */
  notes: string[];
}
