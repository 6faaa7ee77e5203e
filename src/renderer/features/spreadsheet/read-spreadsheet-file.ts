import { SPREADSHEET_UPLOAD_MAX_BYTES } from '../../../shared/contract/signatories';
import { readFileBase64 } from '../../editor/read-file-base64';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * A chosen or dropped spreadsheet's name and bytes (base64) for the import calls. A file over the
 * upload limit is refused here, naming it, before the page reads it into memory; main checks again.
 */
export async function readSpreadsheetFile(file: File): Promise<{ fileName: string; base64: string }> {
  if (file.size > SPREADSHEET_UPLOAD_MAX_BYTES) {
    throw new Error(`“${file.name}” is ${megabytes(file.size)}, over the ${megabytes(SPREADSHEET_UPLOAD_MAX_BYTES)} limit for a spreadsheet. Split it into smaller files.`);
  }
  return { fileName: file.name, base64: await readFileBase64(file) };
}
