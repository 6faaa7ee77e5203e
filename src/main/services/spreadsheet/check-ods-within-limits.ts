import { readZipEntries, type ZipEntry } from '../zip';
import { inflatedPieces } from './inflated-pieces';
import { spreadsheetLimitError } from './spreadsheet-limit-error';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
/** Longer than any tag name the scan needs to see whole. */
const LONGEST_NAME = 64;
/** Longer than any row start tag LibreOffice writes (style, visibility, repeat): a longer one is read as not hidden. */
const LONGEST_ROW_TAG = 1024;

const TABLE_ROW = Buffer.from('table-row');
const TABLE_CELL = Buffer.from('table-cell');
const PARAGRAPH = Buffer.from('p');
const HIDDEN = [Buffer.from('visibility="collapse"'), Buffer.from('visibility="filter"')];

function isNameEnd(byte: number | undefined): boolean {
  return byte === undefined || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === GREATER_THAN || byte === SLASH;
}

/** Whether the tag name from `start` to `end` (prefix included) has the local name `name`. */
function hasLocalName(bytes: Buffer, start: number, end: number, name: Buffer): boolean {
  let local = start;
  for (let index = start; index < end; index += 1) if (bytes[index] === COLON) local = index + 1;
  return end - local === name.length && bytes.compare(name, 0, name.length, local, end) === 0;
}

/**
 * Counts, while inflating an ODS's content.xml piece by piece, the rows and cells the reader would
 * keep, and refuses the file as soon as a limit is passed: before the archive guard holds content.xml
 * inflated and decoded (three copies of a part that may be 200 MiB). It counts no more than the
 * reader does (a row with text in it, once however often it repeats; hidden rows not, unless read;
 * a cell with text in it), so it never refuses a file the reader takes. A file that is not a
 * readable zip is left to the archive guard, which names what is wrong.
 */
export async function checkOdsWithinLimits(bytes: Uint8Array, fileName: string, includeHidden: boolean): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch {
    return;
  }
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content) return;
  let rows = 0;
  let cells = 0;
  let rowCounts = false;
  let rowFilled = false;
  let cellFilled = true;
  const endRow = (): void => {
    if (rowCounts && rowFilled) {
      rows += 1;
      if (rows > SPREADSHEET_LIMITS.maxRows) throw spreadsheetLimitError(fileName, 'rows');
    }
    rowCounts = false;
    rowFilled = false;
  };
  let carried: Buffer | null = null;
  for await (const piece of inflatedPieces(content, bytes.length)) {
    const buffer: Buffer = carried ? Buffer.concat([carried, piece]) : piece;
    carried = null;
    for (let at = buffer.indexOf(LESS_THAN); at >= 0; at = buffer.indexOf(LESS_THAN, at + 1)) {
      const closing = buffer[at + 1] === SLASH;
      const start = at + (closing ? 2 : 1);
      let end = start;
      while (end < buffer.length && end - start < LONGEST_NAME && !isNameEnd(buffer[end])) end += 1;
      if (end === buffer.length) {
        carried = buffer.subarray(at);
        break;
      }
      if (hasLocalName(buffer, start, end, TABLE_ROW)) {
        if (closing) {
          endRow();
          continue;
        }
        const tagEnd = buffer.indexOf(GREATER_THAN, end);
        if (tagEnd < 0 && buffer.length - at < LONGEST_ROW_TAG) {
          carried = buffer.subarray(at);
          break;
        }
        const tag = buffer.subarray(end, tagEnd < 0 ? Math.min(buffer.length, at + LONGEST_ROW_TAG) : tagEnd);
        endRow();
        rowCounts = includeHidden || !HIDDEN.some((hidden) => tag.includes(hidden));
      } else if (!closing && hasLocalName(buffer, start, end, TABLE_CELL)) {
        cellFilled = false;
      } else if (!closing && hasLocalName(buffer, start, end, PARAGRAPH)) {
        const tagEnd = buffer.indexOf(GREATER_THAN, end);
        if (tagEnd < 0 || tagEnd + 2 >= buffer.length) {
          carried = buffer.subarray(at);
          break;
        }
        // <text:p/> and <text:p></text:p> hold no text: the reader keeps no cell for them.
        if (buffer[tagEnd - 1] === SLASH || (buffer[tagEnd + 1] === LESS_THAN && buffer[tagEnd + 2] === SLASH)) continue;
        rowFilled = true;
        if (!cellFilled && rowCounts) {
          cellFilled = true;
          cells += 1;
          if (cells > SPREADSHEET_LIMITS.maxCells) throw spreadsheetLimitError(fileName, 'cells');
        }
      }
    }
  }
  endRow();
}
