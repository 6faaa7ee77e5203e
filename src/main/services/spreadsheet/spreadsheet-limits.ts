import { SPREADSHEET_UPLOAD_MAX_BYTES } from '../../../shared/contract/signatories';

/** What a spreadsheet may hold before it is refused; every refusal names the limit. */
export const SPREADSHEET_LIMITS = {
  /** Bytes of the file itself; the contract's upload limit is the same number. */
  maxFileBytes: SPREADSHEET_UPLOAD_MAX_BYTES,
  /** Characters in one cell: a longer one makes its row an error. */
  maxCellCharacters: 10_000,
  /**
   * Rows and cells (filled or not, over every sheet of a workbook) read before a file is refused, counted
   * as the reader goes: a sign-on list has hundreds of rows, and exceljs builds a workbook of 250,000
   * cells within 10 s and 400 MiB (BENCHMARKS.md, import-limits).
   */
  maxRows: 50_000,
  maxCells: 250_000,
  maxColumns: 500,
  /** Bytes an XLSX or ODS may expand to, summed over its parts, counted as they inflate (src/main/services/zip). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** How much an XLSX may expand; spreadsheets compress about 10:1, zip bombs 1000:1. */
  maxCompressionRatio: 200,
  /** Files in an XLSX's zip archive (a workbook has a few dozen). */
  maxArchiveEntries: 10_000,
} as const;
