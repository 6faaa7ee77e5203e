/** The files the imports read, as their file inputs accept them. */
export const SPREADSHEET_FILE_ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.ods';

const EXTENSIONS = new Set(SPREADSHEET_FILE_ACCEPT.split(','));

/** Whether a file's name says it is a list the imports read (CSV, TSV, text, XLSX, ODS). */
export function isSpreadsheetFileName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && EXTENSIONS.has(fileName.slice(dot).toLowerCase());
}
