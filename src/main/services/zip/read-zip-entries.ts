import { localFileDataStart } from './local-file-data-start';
import { readZipDirectory } from './read-zip-directory';

/** One file of a zip package, kept compressed as the package holds it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  size: number;
  /** The file's bytes as stored in the package (compressed when method is 8). */
  data: Uint8Array;
}

/** The entries of a zip package in its central directory's order, without inflating them. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (!directory) throw new Error('Not a zip package: its central directory cannot be read.');
  return directory.map(({ name, method, crc32, compressedSize, uncompressedSize, localHeaderOffset }) => {
    const dataStart = localFileDataStart(bytes, localHeaderOffset);
    if (dataStart === null) throw new Error(`Corrupt zip package: the local header of ${name} is damaged.`);
    return { name, method, crc32, size: uncompressedSize, data: bytes.subarray(dataStart, dataStart + compressedSize) };
  });
}
