import { ZipWriter } from './zip-writer';
import type { ZipEntry } from './read-zip-entries';

/** A zip package holding the entries in the given order, each written as it is stored (no recompression). */
export function writeZipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const writer = new ZipWriter();
  const chunks = entries.flatMap((entry) => writer.add(entry));
  chunks.push(writer.finish());
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
