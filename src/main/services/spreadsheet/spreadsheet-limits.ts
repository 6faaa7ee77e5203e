import { SPREADSHEET_UPLOAD_MAX_BYTES } from '../../../shared/contract/signatories';

/** What a spreadsheet may hold before it is refused; every refusal names the limit. */
export const SPREADSHEET_LIMITS = {
  /** Bytes of the file itself; the contract's upload limit is the same number. */
  maxFileBytes: SPREADSHEET_UPLOAD_MAX_BYTES,
  /** Characters in one cell: a longer one makes its row an error. */
  maxCellCharacters: 10_000,
  maxRows: 200_000,
  maxColumns: 500,
  /** Bytes an XLSX may expand to, summed over its parts, counted as they inflate (src/main/services/zip). */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** How much an XLSX may expand; spreadsheets compress about 10:1, zip bombs 1000:1. */
  maxCompressionRatio: 200,
  /** Files in an XLSX's zip archive (a workbook has a few dozen). */
  maxArchiveEntries: 10_000,
} as const;
