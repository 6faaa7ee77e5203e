import { readZipDirectory } from '../../zip/read-zip-directory';

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

const LOCAL_FILE_HEADER = 0x04034b50;

/** The entries of a zip package in its central directory's order, without inflating them. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const directory = readZipDirectory(bytes);
  if (!directory) throw new Error('Not a zip package: its central directory cannot be read.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return directory.map(({ name, method, crc32, compressedSize, uncompressedSize, localHeaderOffset }) => {
    if (view.getUint32(localHeaderOffset, true) !== LOCAL_FILE_HEADER) throw new Error(`Corrupt zip package: the local header of ${name} is damaged.`);
    const dataStart = localHeaderOffset + 30 + view.getUint16(localHeaderOffset + 26, true) + view.getUint16(localHeaderOffset + 28, true);
    return { name, method, crc32, size: uncompressedSize, data: bytes.subarray(dataStart, dataStart + compressedSize) };
  });
}
