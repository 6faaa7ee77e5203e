import type { ZipEntry } from './read-zip-entries';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;

/** A zip package holding the entries in the given order, each written as it is stored (no recompression). */
export function writeZipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce((total, entry, index) => total + 30 + names[index]!.length + entry.data.length, 0);
  const centralSize = names.reduce((total, name) => total + 46 + name.length, 0);
  const bytes = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(bytes.buffer);
  const localOffsets: number[] = [];
  let offset = 0;
  const writeCommon = (at: number, entry: ZipEntry, name: Uint8Array): void => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, 0, true);
    view.setUint16(at + 8, DOS_DATE_1980_01_01, true);
    view.setUint32(at + 10, entry.crc32, true);
    view.setUint32(at + 14, entry.data.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, name.length, true);
    view.setUint16(at + 24, 0, true);
  };
  entries.forEach((entry, index) => {
    const name = names[index]!;
    localOffsets.push(offset);
    view.setUint32(offset, 0x04034b50, true);
    writeCommon(offset + 4, entry, name);
    bytes.set(name, offset + 30);
    bytes.set(entry.data, offset + 30 + name.length);
    offset += 30 + name.length + entry.data.length;
  });
  const centralStart = offset;
  entries.forEach((entry, index) => {
    const name = names[index]!;
    view.setUint32(offset, 0x02014b50, true);
    view.setUint16(offset + 4, 20, true);
    writeCommon(offset + 6, entry, name);
    // comment length, disk number, internal and external attributes stay zero
    view.setUint32(offset + 42, localOffsets[index]!, true);
    bytes.set(name, offset + 46);
    offset += 46 + name.length;
  });
  view.setUint32(offset, 0x06054b50, true);
  view.setUint16(offset + 8, entries.length, true);
  view.setUint16(offset + 10, entries.length, true);
  view.setUint32(offset + 12, offset - centralStart, true);
  view.setUint32(offset + 16, centralStart, true);
  return bytes;
}
