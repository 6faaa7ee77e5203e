import { spreadsheetLimitError } from './spreadsheet-limit-error';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

const LESS_THAN = 0x3c;
const COLON = 0x3a;
const ROW = [0x72, 0x6f, 0x77];
const CELL = [0x63];

/** Whether the start tag whose name runs from `start` to `end` (prefix included) has the local name `name`. */
function hasLocalName(bytes: Uint8Array, start: number, end: number, name: readonly number[]): boolean {
  let local = start;
  for (let index = start; index < end; index += 1) if (bytes[index] === COLON) local = index + 1;
  if (end - local !== name.length) return false;
  for (let index = 0; index < name.length; index += 1) if (bytes[local + index] !== name[index]) return false;
  return true;
}

function isNameEnd(byte: number | undefined): boolean {
  return byte === undefined || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
}

/**
 * Counts the rows of each worksheet and the cells of the whole workbook in the parts the archive
 * guard inflated, and refuses the file as soon as a limit is passed: before exceljs builds a
 * workbook (about 0.7 KB and 25 µs per cell) from a sheet of a million rows. A start tag is found
 * by its `<` (text and attribute values escape theirs), so no part is parsed or copied.
 */
export function checkXlsxWithinLimits(files: ReadonlyMap<string, Uint8Array>, fileName: string): void {
  let cells = 0;
  for (const [name, bytes] of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let rows = 0;
    for (let at = buffer.indexOf(LESS_THAN); at >= 0; at = buffer.indexOf(LESS_THAN, at + 1)) {
      let end = at + 1;
      while (end < buffer.length && end - at < 64 && !isNameEnd(buffer[end])) end += 1;
      if (hasLocalName(buffer, at + 1, end, CELL)) {
        cells += 1;
        if (cells > SPREADSHEET_LIMITS.maxCells) throw spreadsheetLimitError(fileName, 'cells');
      } else if (hasLocalName(buffer, at + 1, end, ROW)) {
        rows += 1;
        if (rows > SPREADSHEET_LIMITS.maxRows) throw spreadsheetLimitError(fileName, 'rows');
      }
    }
  }
}
