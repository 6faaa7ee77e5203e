import { randomBytes } from 'node:crypto';
import { rmSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file so that it is either absent or complete: the bytes go to a hidden temporary file
 * in the same folder, then are renamed over the target in one step. (No fsync: this guards against
 * a cancelled or crashed export, and one fsync per letter would cost more than rendering it.)
 */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.undersigned-${randomBytes(8).toString('hex')}.part`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
