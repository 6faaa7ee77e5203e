import { existsSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * A file the installers keep outside app.asar (asarUnpack in electron-builder.yml): the same path under
 * app.asar.unpacked, where a worker thread and the native module can load it.
 */
export function unpackedPath(path: string): string {
  const marker = `${sep}app.asar${sep}`;
  if (!path.includes(marker)) return path;
  const unpacked = path.replace(marker, `${sep}app.asar.unpacked${sep}`);
  return existsSync(unpacked) ? unpacked : path;
}
