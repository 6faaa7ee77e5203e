import { zipEntryBytes, type ZipEntry } from '../../../../../src/main/services/zip';

/** The UTF-8 text of a zip entry. */
export function zipEntryText(entry: ZipEntry): string {
  return Buffer.from(zipEntryBytes(entry)).toString('utf8');
}
