import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { UserError } from '../../../shared/model/user-error';
import { decodeSpreadsheetText, type TextEncodingName } from './decode-spreadsheet-text';
import { inflateArchive } from '../zip';
import { readCsvRows } from './read-csv-rows';
import { readXlsxRows, type XlsxSheet } from './read-xlsx-rows';
import { readOdsRows } from './read-ods-rows';
import { checkXlsxWithinLimits } from './check-xlsx-within-limits';
import type { SpreadsheetFormat, SpreadsheetGrid } from './spreadsheet-grid';
import { formatByteSize } from './format-byte-size';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';
import type { FieldDefinition } from './field-definition';
import { checkOdsWithinLimits } from './check-ods-within-limits';
import { chooseSheet } from './choose-sheet';
import type { ImportAudience } from './import-hint';
import { spreadsheetLimitError } from './spreadsheet-limit-error';

/** A spreadsheet given as bytes (from the renderer, or pasted text) rather than a path. */
export interface SpreadsheetBytes {
  fileName: string;
  bytes: Uint8Array;
}

export interface ReadSpreadsheetOptions {
  /** The XLSX or ODS sheet to read; default the sheet that looks most like a list of these fields. */
  sheet?: string;
  /** The CSV delimiter; default guessed. */
  delimiter?: string;
  /** Read hidden rows and columns too; default they are skipped and counted. */
  includeHidden?: boolean;
  /** The fields the list is read for: each sheet is scored by how well it holds them. */
  fieldDefinitions?: readonly FieldDefinition[];
  /** Whose notes these are: the command line's name its options, the app's (default) its controls. */
  audience?: ImportAudience;
}

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European Windows)',
  macintosh: 'MacRoman (older Mac Excel)',
};

/** Plain text and pasted rows: split on tabs only, so a name holding commas stays one cell. */
const ONE_NAME_PER_LINE_EXTENSIONS = new Set(['.txt', '.tsv', '.tab']);

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.tab']);
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function tooLarge(fileName: string, size: number): UserError {
  return new UserError(
    `"${fileName}" is ${formatByteSize(size)}, over the ${formatByteSize(SPREADSHEET_LIMITS.maxFileBytes)} limit for a spreadsheet. Split it into smaller files.`,
    { code: 'spreadsheet-too-large' },
  );
}

/** Reads a file from disk, refusing one over the size limit before reading it. */
function readSource(source: string | SpreadsheetBytes): SpreadsheetBytes {
  if (typeof source !== 'string') {
    if (source.bytes.byteLength > SPREADSHEET_LIMITS.maxFileBytes) throw tooLarge(source.fileName, source.bytes.byteLength);
    return source;
  }
  const fileName = basename(source);
  let size: number;
  try {
    const stats = statSync(source);
    if (!stats.isFile()) throw new UserError(`"${fileName}" is not a file.`, { code: 'unreadable-spreadsheet' });
    size = stats.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`"${fileName}" cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}.`, {
      code: 'unreadable-spreadsheet',
      cause: error,
    });
  }
  if (size > SPREADSHEET_LIMITS.maxFileBytes) throw tooLarge(fileName, size);
  return { fileName, bytes: readFileSync(source) };
}

function formatOf(fileName: string, bytes: Uint8Array): SpreadsheetFormat {
  const extension = extname(fileName).toLowerCase();
  if (XLSX_EXTENSIONS.has(extension)) return 'xlsx';
  if (extension === '.ods') return 'ods';
  if (extension === '.xls' || extension === '.numbers') {
    throw new UserError(`"${fileName}" is a ${extension} file; save it as .xlsx, .ods or .csv and import that.`, { code: 'unsupported-spreadsheet' });
  }
  if (TEXT_EXTENSIONS.has(extension)) return 'csv';
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

/**
 * Reads the sheets of a workbook (XLSX, or ODS) inflated within the archive limits (counted as it
 * inflates), refusing a zip that is neither and a workbook over the row or cell limits before it is parsed whole.
 */
async function readWorkbookSheets(fileName: string, bytes: Uint8Array, format: 'xlsx' | 'ods', includeHidden: boolean): Promise<{ format: 'xlsx' | 'ods'; sheets: XlsxSheet[] }> {
  if (format === 'xlsx') await checkXlsxWithinLimits(bytes, fileName);
  else await checkOdsWithinLimits(bytes, fileName, includeHidden);
  const archive = inflateArchive(bytes, fileName, format === 'ods' ? 'ODS spreadsheet' : 'XLSX workbook', {
    maxInflatedBytes: SPREADSHEET_LIMITS.maxUncompressedBytes,
    maxCompressionRatio: SPREADSHEET_LIMITS.maxCompressionRatio,
    maxEntries: SPREADSHEET_LIMITS.maxArchiveEntries,
  });
  const content = archive.files.get('content.xml');
  const mimeType = archive.files.get('mimetype');
  if (content && (!mimeType || new TextDecoder().decode(mimeType).trim() === ODS_MIME_TYPE)) {
    return { format: 'ods', sheets: readOdsRows(new TextDecoder().decode(content), fileName, { includeHidden }) };
  }
  if (!archive.files.has('xl/workbook.xml')) {
    throw new UserError(
      format === 'ods'
        ? `"${fileName}" is a zip archive but not an ODS spreadsheet (it has no spreadsheet content.xml).`
        : `"${fileName}" is a zip archive but not an XLSX workbook (it has no xl/workbook.xml).`,
      { code: format === 'ods' ? 'not-ods' : 'not-xlsx' },
    );
  }
  return { format: 'xlsx', sheets: await readXlsxRows(archive.storedZip(), fileName, { includeHidden }) };
}

/**
 * Reads a CSV, XLSX or ODS file into rows of text cells. Refused up front, with a message naming the
 * file: a file over the size limit, an empty one, a workbook that is not a zip or is a zip bomb, and,
 * as soon as the reader passes them, one over the row, cell or column limits.
 */
export async function readSpreadsheet(source: string | SpreadsheetBytes, options: ReadSpreadsheetOptions = {}): Promise<SpreadsheetGrid> {
  const { fileName, bytes } = readSource(source);
  if (bytes.byteLength === 0) throw new UserError(`"${fileName}" is empty. No rows to import.`, { code: 'empty-spreadsheet' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const format = formatOf(fileName, bytes);
  let grid: SpreadsheetGrid;
  if (format !== 'csv') {
    const workbook = await readWorkbookSheets(fileName, bytes, format, options.includeHidden ?? false);
    const sheets = workbook.sheets;
    const { sheet, notes, assessments } = chooseSheet(sheets, fileName, { sheet: options.sheet, fieldDefinitions: options.fieldDefinitions, audience: options.audience });
    grid = { fileName, format: workbook.format, sha256, encoding: null, sheetName: sheet.name, sheetNames: sheets.map((each) => each.name), sheets: assessments, rows: sheet.rows, notes };
    if (sheet.rows.every((row) => row.cells.every((cell) => cell.trim() === '')) && sheet.formulaRowsWithoutValue.length > 0) {
      throw new UserError(
        `"${fileName}": sheet "${sheet.name}" holds only formulas with no saved value (the program that wrote it did not calculate them). Open it in Excel or LibreOffice, save it, and import it again.`,
        { code: 'formulas-without-values' },
      );
    }
  } else {
    const { text, encoding } = decodeSpreadsheetText(bytes);
    if (text.includes('\u0000')) throw new UserError(`"${fileName}" is not a text spreadsheet (it holds binary data). Import a .csv, .xlsx or .ods file.`, { code: 'unreadable-spreadsheet' });
    grid = { fileName, format, sha256, encoding, sheetName: null, sheetNames: [], sheets: [], rows: readCsvRows(text, fileName, options.delimiter, ONE_NAME_PER_LINE_EXTENSIONS.has(extname(fileName).toLowerCase()) ? ['\t'] : undefined), notes: [`Read as ${ENCODING_NAMES[encoding]} text.`] };
  }
  const rows = grid.rows.filter((row) => row.cells.some((cell) => cell.trim() !== '') || row.uncalculated);
  if (rows.length === 0) throw new UserError(`"${fileName}" has no rows with any value${grid.sheetName ? ` in sheet "${grid.sheetName}"` : ''}.`, { code: 'empty-spreadsheet' });
  if (rows.length > SPREADSHEET_LIMITS.maxRows) throw spreadsheetLimitError(fileName, 'rows', grid.sheetName);
  const widest = rows.reduce((width, row) => Math.max(width, row.cells.length), 0);
  if (widest > SPREADSHEET_LIMITS.maxColumns) throw spreadsheetLimitError(fileName, 'columns', grid.sheetName);
  return { ...grid, rows };
}
