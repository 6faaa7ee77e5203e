import type { ZipEntry } from './read-zip-entries';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
// "Made by" Unix, zip 2.0: Info-ZIP's unzip treats names from an MS-DOS host as code page 437 whatever the UTF-8
// flag says ("Côte" came out "C+�te"), and takes a Unix host's file mode from the external attributes.
const MADE_BY_UNIX = (3 << 8) | 20;
const REGULAR_FILE_RW_R_R = (0o100644 << 16) >>> 0;
// Without Zip64 an archive's offsets and sizes stop at 4 GiB.
const MAX_OFFSET = 0xffffffff;

/**
 * Writes a zip archive front to back, one entry at a time, so an archive can be streamed as it is made:
 * `add` gives the bytes to write for an entry (its local header, then its data as stored), `finish` the central
 * directory. The one zip writer: DOCX packages and downloads of an export both use it.
 */
export class ZipWriter {
  private readonly encoder = new TextEncoder();
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  add(entry: ZipEntry): Uint8Array[] {
    const name = this.encoder.encode(entry.name);
    if (this.offset + 30 + name.length + entry.data.length > MAX_OFFSET)
      throw new Error(`the zip archive would pass 4 GiB at "${entry.name}"`);
    const local = new Uint8Array(30 + name.length);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    this.writeCommon(localView, 4, entry, name.length);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, MADE_BY_UNIX, true);
    this.writeCommon(centralView, 6, entry, name.length);
    // comment length, disk number and internal attributes stay zero
    centralView.setUint32(38, REGULAR_FILE_RW_R_R, true);
    centralView.setUint32(42, this.offset, true);
    central.set(name, 46);
    this.central.push(central);
    this.offset += local.length + entry.data.length;
    this.count += 1;
    return [local, entry.data];
  }

  /** The central directory and its end record: the last bytes of the archive. */
  finish(): Uint8Array {
    const centralSize = this.central.reduce((total, record) => total + record.length, 0);
    const bytes = new Uint8Array(centralSize + 22);
    let at = 0;
    for (const record of this.central) {
      bytes.set(record, at);
      at += record.length;
    }
    const view = new DataView(bytes.buffer);
    view.setUint32(at, 0x06054b50, true);
    view.setUint16(at + 8, this.count, true);
    view.setUint16(at + 10, this.count, true);
    view.setUint32(at + 12, centralSize, true);
    view.setUint32(at + 16, this.offset, true);
    return bytes;
  }

  private writeCommon(view: DataView, at: number, entry: ZipEntry, nameLength: number): void {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, UTF8_NAMES, true);
    view.setUint16(at + 4, entry.method, true);
    view.setUint16(at + 6, 0, true);
    view.setUint16(at + 8, DOS_DATE_1980_01_01, true);
    view.setUint32(at + 10, entry.crc32, true);
    view.setUint32(at + 14, entry.data.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, nameLength, true);
    view.setUint16(at + 24, 0, true);
  }
}
