import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either absent or complete: the bytes go to a hidden temporary file
 * in the same folder, then take the target's name in one step. Unless `replace`, an existing file
 * of that name is never replaced (it may be the user's own document, or appeared meanwhile): the
 * write fails saying so. (No fsync: this guards against a cancelled or crashed export, and one
 * fsync per letter would cost more than rendering it.)
 */
export function writeFileAtomically(path: string, bytes: Uint8Array, options: { replace?: boolean } = {}): void {
  const temporary = join(dirname(path), `.undersigned-${randomBytes(8).toString('hex')}.part`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    if (options.replace) renameSync(temporary, path);
    else placeWithoutReplacing(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT')
      throw new Error('the disk is full (nothing of this file was left in the folder); free some space and export again', { cause: error });
    throw error;
  }
}

function placeWithoutReplacing(temporary: string, path: string): void {
  const taken = () => new Error(`a file named "${basename(path)}" appeared in the folder meanwhile; it was left as it was`);
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw taken();
    // A file system without hard links (FAT, some network shares): rename, having checked just before.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    if (existsSync(path)) throw taken();
    renameSync(temporary, path);
    return;
  }
  rmSync(temporary, { force: true });
}
