import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './read-zip-entries';

/** A zip entry holding the text or bytes, deflated at zlib's fastest level: the parts are small, the fonts dominate. */
export function deflatedZipEntry(name: string, content: string | Uint8Array): ZipEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, method: 8, crc32: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes, { level: 1 }) };
}
