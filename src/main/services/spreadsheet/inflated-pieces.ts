import { createInflateRaw } from 'node:zlib';
import type { ZipEntry } from '../zip';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';

/** As the archive guard: the compression ratio is checked once a part has inflated past 1 MiB. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/** A part of a zip (an XLSX worksheet, an ODS content.xml) inflated piece by piece, never whole; stops where the archive guard would refuse it. */
export async function* inflatedPieces(entry: ZipEntry, archiveBytes: number): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    yield Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    return;
  }
  if (entry.method !== 8) return;
  const inflater = createInflateRaw();
  inflater.end(entry.data);
  let inflated = 0;
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      inflated += piece.length;
      if (inflated > SPREADSHEET_LIMITS.maxUncompressedBytes || (inflated > RATIO_FLOOR_BYTES && inflated > archiveBytes * SPREADSHEET_LIMITS.maxCompressionRatio)) return;
      yield piece;
    }
  } catch {
    // A damaged part: the archive guard says so, naming it.
  } finally {
    inflater.destroy();
  }
}
