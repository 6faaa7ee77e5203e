import { resolve, sep } from 'node:path';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from '../../../shared/files/sanitize-file-name';

/**
 * Turns letter names into file names inside one folder: sanitized for Windows, macOS and Linux,
 * made unique within the export ("Name (2)"), compared without case as those file systems do.
 */
export class FileNamer {
  private readonly folder: string;
  private readonly used = new Set<string>();

  constructor(folder: string) {
    this.folder = resolve(folder);
  }

  /** A base name (no extension) not used yet in this export; `extensions` are all the files it will get. */
  claim(name: string, extensions: readonly string[], fallback: string): string {
    const base = sanitizeFileName(name, sanitizeFileName(fallback, 'letter'));
    for (let attempt = 1; ; attempt += 1) {
      const suffix = attempt === 1 ? '' : ` (${attempt})`;
      const room = MAX_FILE_NAME_LENGTH - suffix.length;
      const characters = Array.from(base);
      const candidate = `${characters.length > room ? characters.slice(0, room).join('').trimEnd() : base}${suffix}`;
      const keys = extensions.map((extension) => `${candidate}.${extension}`.toLocaleLowerCase('en'));
      if (keys.every((key) => !this.used.has(key))) {
        for (const key of keys) this.used.add(key);
        return candidate;
      }
    }
  }

  /** The full path of a file in the folder; refuses anything that would land outside it. */
  pathOf(fileName: string): string {
    const path = resolve(this.folder, fileName);
    if (!path.startsWith(this.folder + sep) || path.slice(this.folder.length + 1).includes(sep)) {
      throw new Error(`refusing to write "${fileName}" outside ${this.folder}`);
    }
    return path;
  }
}
