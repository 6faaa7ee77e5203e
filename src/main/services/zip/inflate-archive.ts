import { crc32, inflateRawSync } from 'node:zlib';
import { UserError } from '../../../shared/model/user-error';
import type { ArchiveLimits } from './archive-limits';
import { localFileDataStart } from './local-file-data-start';
import { readZipDirectory } from './read-zip-directory';
import { writeZipEntries } from './write-zip-entries';

/** An archive's files, inflated within its limits. */
export interface InflatedArchive {
  files: ReadonlyMap<string, Uint8Array>;
  /** The same files as a zip whose entries are stored, not deflated: a reader given it has nothing left to inflate. */
  storedZip(): Uint8Array;
}

const RATIO_FLOOR_BYTES = 1024 * 1024;

function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

/**
 * Inflates every file of a zip archive while counting the bytes actually produced: never trusts the
 * sizes the archive declares, stops at the byte budget, and refuses an archive that expands beyond the
 * compression ratio or holds too many files. Readers (exceljs, mammoth) are then given `storedZip()`,
 * the very bytes counted here, so they cannot read more than was checked. `what` names the kind of
 * file in messages ("XLSX workbook", "Word document").
 */
export function inflateArchive(bytes: Uint8Array, fileName: string, what: string, limits: ArchiveLimits): InflatedArchive {
  const refuse = (reason: string, code = 'zip-bomb'): UserError => new UserError(`"${fileName}" ${reason}; it was not opened.`, { code });
  const directory = readZipDirectory(bytes);
  if (!directory)
    throw refuse(`is not a valid ${what} (it is not a zip archive). Save it again from the program that made it`, 'not-a-zip');
  if (directory.length > limits.maxEntries)
    throw refuse(`holds ${directory.length} files, more than any ${what} should (limit ${limits.maxEntries})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  let inflated = 0;
  for (const entry of directory) {
    const damaged = () => refuse(`is damaged: "${entry.name}" cannot be read from its zip archive`, 'damaged-zip');
    if (files.has(entry.name)) throw refuse(`holds two files named "${entry.name}", which no ${what} does`, 'damaged-zip');
    const headerAt = entry.localHeaderOffset;
    const dataStart = localFileDataStart(bytes, headerAt);
    if (dataStart === null) throw damaged();
    if ((view.getUint16(headerAt + 6, true) & 1) !== 0)
      throw refuse(`is encrypted ("${entry.name}"); save it without a password`, 'encrypted-zip');
    // The declared compressed size may lie too: the data can never run past the archive's own bytes.
    const declaredEnd = Number.isFinite(entry.compressedSize) ? dataStart + entry.compressedSize : bytes.length;
    const data = bytes.subarray(dataStart, Math.min(bytes.length, declaredEnd));
    const remaining = limits.maxInflatedBytes - inflated;
    let content: Uint8Array;
    if (entry.method === 0) {
      content = data;
      if (content.length > remaining) throw refuse(`expands to more than any ${what} should (over ${formatMiB(limits.maxInflatedBytes)})`);
    } else if (entry.method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
          throw refuse(
            `expands to more than any ${what} should (over ${formatMiB(limits.maxInflatedBytes)}, while "${entry.name}" alone says it is ${entry.uncompressedSize} bytes)`,
          );
        }
        throw damaged();
      }
    } else {
      throw refuse(`uses a compression method (${entry.method}) no ${what} uses, in "${entry.name}"`, 'damaged-zip');
    }
    inflated += content.length;
    if (inflated > RATIO_FLOOR_BYTES && inflated > bytes.length * limits.maxCompressionRatio) {
      throw refuse(`expands more than ${limits.maxCompressionRatio}:1 (as far as "${entry.name}"), which no ${what} does`);
    }
    files.set(entry.name, content);
  }
  return {
    files,
    storedZip: () => writeZipEntries([...files].map(([name, data]) => ({ name, method: 0, crc32: crc32(data), size: data.length, data }))),
  };
}
