import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/**
 * Creates a new, empty folder for one export run under `parent`, named after the campaign and the local time the run
 * started ("Spring letters — 2026-11-30 14.05"; " (2)" when another run took that minute), so runs never mix.
 * The folder is claimed by creating it: two runs started together cannot both get it.
 */
export function claimRunFolder(parent: string, campaignName: string, startedAt: Date): string {
  const stamp = `${startedAt.getFullYear()}-${twoDigits(startedAt.getMonth() + 1)}-${twoDigits(startedAt.getDate())} ${twoDigits(startedAt.getHours())}.${twoDigits(startedAt.getMinutes())}`;
  // The campaign's part is cut so the whole name stays within the sanitized length.
  const base = sanitizeFileName(`${Array.from(campaignName).slice(0, 90).join('')} — ${stamp}`, `Export — ${stamp}`);
  for (let attempt = 1; ; attempt += 1) {
    const path = join(parent, attempt === 1 ? base : `${base} (${attempt})`);
    try {
      mkdirSync(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
