import { readdirSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from '../../../shared/files/sanitize-file-name';

// Linux and macOS allow 255 bytes per name: 120 emoji would be 480. Leaves room for " (n)" and ".docx".
const MAX_BASE_BYTES = 200;
const encoder = new TextEncoder();

/** Cuts a name to a number of characters and UTF-8 bytes, between graphemes (never inside an emoji or an accent). */
function fitName(name: string, maxCharacters: number, maxBytes: number): string {
  if (Array.from(name).length <= maxCharacters && encoder.encode(name).length <= maxBytes) return name;
  let fitted = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(name)) {
    const next = fitted + segment;
    if (Array.from(next).length > maxCharacters || encoder.encode(next).length > maxBytes) break;
    fitted = next;
  }
  return fitted.replace(/[.\s]+$/, '');
}

/**
 * Turns letter names into file names inside one folder: sanitized for Windows, macOS and Linux,
 * made unique within the export ("Name (2)"), compared without case as those file systems do.
 * Names already in the folder are taken too (never replaced), unless `overwrite`.
 */
export class FileNamer {
  private readonly folder: string;
  private readonly used = new Set<string>();

  constructor(folder: string, options: { overwrite?: boolean } = {}) {
    this.folder = resolve(folder);
    if (!options.overwrite) for (const name of readdirSync(this.folder)) this.used.add(name.toLocaleLowerCase('en'));
  }

  /** A base name (no extension) not used yet in this export; `extensions` are all the files it will get. */
  claim(name: string, extensions: readonly string[], fallback: string): string {
    const base = sanitizeFileName(name, sanitizeFileName(fallback, 'letter'));
    for (let attempt = 1; ; attempt += 1) {
      const suffix = attempt === 1 ? '' : ` (${attempt})`;
      const candidate = `${fitName(base, MAX_FILE_NAME_LENGTH - suffix.length, MAX_BASE_BYTES - suffix.length)}${suffix}`;
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
