import { readZipEntries, type ZipEntry } from '../zip';
import { spreadsheetLimitError } from './spreadsheet-limit-error';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';
import { inflatedPieces } from './inflated-pieces';

const LESS_THAN = 0x3c;
const COLON = 0x3a;
const ROW = [0x72, 0x6f, 0x77];
const CELL = [0x63];
/** Longer than any tag name the scan needs to see whole. */
const LONGEST_NAME = 64;

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
 * Counts the rows of each worksheet and the cells of the whole workbook while inflating its parts
 * piece by piece, and refuses the file as soon as a limit is passed: before the archive guard holds
 * the parts inflated and exceljs builds a workbook (about 0.7 KB and 25 µs per cell) from a sheet
 * of a million rows. A start tag is found by its `<` (text and attribute values escape theirs).
 * A file that is not a readable zip is left to the archive guard, which names what is wrong.
 */
export async function checkXlsxWithinLimits(bytes: Uint8Array, fileName: string): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch {
    return;
  }
  let cells = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    let rows = 0;
    let carried: Buffer | null = null;
    for await (const piece of inflatedPieces(entry, bytes.length)) {
      const buffer: Buffer = carried ? Buffer.concat([carried, piece]) : piece;
      carried = null;
      for (let at = buffer.indexOf(LESS_THAN); at >= 0; at = buffer.indexOf(LESS_THAN, at + 1)) {
        let end = at + 1;
        while (end < buffer.length && end - at < LONGEST_NAME && !isNameEnd(buffer[end])) end += 1;
        if (end === buffer.length) {
          // The tag's name runs into the next piece: read it there.
          carried = buffer.subarray(at);
          break;
        }
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
}
