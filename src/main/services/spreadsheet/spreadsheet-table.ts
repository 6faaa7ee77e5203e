/** A table to write: a header row and rows of text, written as text. */
export interface SpreadsheetTable {
  sheetName: string;
  headers: string[];
  rows: string[][];
}
