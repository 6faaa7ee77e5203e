import { UserError } from '../../../shared/model/user-error';

/**
 * The message for a SQLite failure the user can act on (busy, read-only, disk full, damaged, unreadable),
 * or undefined for anything else (a programmer error, reported as such). `name` is the file's name.
 */
export function describeDatabaseError(error: unknown, name?: string): UserError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const subject = name ? `"${name}"` : 'This campaign';
  const options = { cause: error };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new UserError(`${subject} is open in another window or program, which is saving to it. Close it there (or wait for it to finish) and try again.`, {
      ...options,
      code: 'busy',
    });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new UserError(`${subject} is read-only: the file or its folder cannot be written, so changes cannot be saved. Copy it to a folder you can write to, then open the copy.`, {
      ...options,
      code: 'read-only',
    });
  }
  if (code === 'SQLITE_FULL') return new UserError(`${subject} could not be saved: the disk is full. Free some space and try again; the last save is kept.`, { ...options, code: 'disk-full' });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new UserError(`${subject} is damaged and cannot be opened (${(error as Error).message}). Open a backup copy instead.`, { ...options, code: 'corrupt' });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return new UserError(`${subject} could not be read or written (${(error as Error).message}). Check that the disk or folder is still there and that you may use it.`, {
      ...options,
      code: 'unreadable',
    });
  }
  return undefined;
}
