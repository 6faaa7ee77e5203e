import { inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './read-zip-entries';

/** The file an entry holds, inflated when it is deflated. Only for packages we wrote: untrusted archives go through inflateArchive. */
export function zipEntryBytes(entry: ZipEntry): Uint8Array {
  return entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
}
