import type { ColumnMapping } from './field-definition';
import type { SpreadsheetRow } from './spreadsheet-grid';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

/** A data row with its cells sorted into fields and extra columns (header -> value). */
export interface MappedRecord {
  row: number;
  values: Record<string, string>;
  extra: Record<string, string>;
  /** Fields whose cell holds a formula with no saved value: the column's header and the formula. */
  uncalculated?: Record<string, { header: string; formula: string }>;
}

export interface RowError {
  row: number;
  message: string;
}

/**
 * Sorts each row's cells into mapped fields and extra fields, trimmed. Blank rows are skipped;
 * a row with a cell over the length limit is an error naming the row and column.
 */
export function mapSpreadsheetRows(rows: readonly SpreadsheetRow[], mapping: readonly ColumnMapping[]): { records: MappedRecord[]; errors: RowError[] } {
  const extraNames = new Map<number, string>();
  const used = new Set<string>();
  for (const entry of mapping) {
    if (entry.field) continue;
    let name = entry.header;
    for (let suffix = 2; used.has(name); suffix += 1) name = `${entry.header} (${suffix})`;
    used.add(name);
    extraNames.set(entry.column, name);
  }
  const records: MappedRecord[] = [];
  const errors: RowError[] = [];
  for (const { row, cells, uncalculated } of rows) {
    if (cells.every((cell) => cell.trim() === '') && !uncalculated) continue;
    const tooLong = cells.findIndex((cell) => cell.length > SPREADSHEET_LIMITS.maxCellCharacters);
    if (tooLong >= 0) {
      const header = mapping[tooLong]?.header ?? `Column ${tooLong + 1}`;
      errors.push({
        row,
        message: `row ${row}: the cell in column "${header}" has ${cells[tooLong]!.length.toLocaleString('en')} characters, over the limit of ${SPREADSHEET_LIMITS.maxCellCharacters.toLocaleString('en')}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    const extra: Record<string, string> = {};
    for (const entry of mapping) {
      const value = (cells[entry.column] ?? '').trim();
      if (entry.field) {
        if (value) values[entry.field] = value;
      } else if (value) {
        extra[extraNames.get(entry.column)!] = value;
      }
    }
    const formulas: Record<string, { header: string; formula: string }> = {};
    for (const cell of uncalculated ?? []) {
      const entry = mapping.find((candidate) => candidate.column === cell.column);
      if (entry?.field && !values[entry.field]) formulas[entry.field] = { header: entry.header, formula: cell.formula };
    }
    records.push({ row, values, extra, ...(Object.keys(formulas).length > 0 ? { uncalculated: formulas } : {}) });
  }
  return { records, errors };
}
