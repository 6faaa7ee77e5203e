import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from '../../../../../../src/main/services/export/docx/read-zip-entries';

/** The UTF-8 text of a zip entry. */
export function zipEntryText(entry: ZipEntry): string {
  const bytes = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
