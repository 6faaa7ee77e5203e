import type { Database } from 'better-sqlite3';
import { UserError } from '../../../shared/model/user-error';

/** Letterhead images the app accepts; each is drawn by both exporters. */
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

function sniffMime(bytes: Buffer): string | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** Stores a logo in the campaign file's assets table, so the campaign travels with its letterhead. */
export function addLogoAsset(
  db: Database,
  fileName: string,
  bytes: Buffer,
  now = new Date().toISOString(),
): { assetId: number; mime: string } {
  if (bytes.length > LOGO_MAX_BYTES)
    throw new UserError(`"${fileName}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a logo can be at most 2 MB.`, {
      code: 'logo-too-large',
    });
  const mime = sniffMime(bytes);
  if (!mime)
    throw new UserError(`"${fileName}" is not a PNG or JPEG image; save the logo in one of these formats.`, { code: 'logo-format' });
  const result = db
    .prepare('INSERT INTO assets (kind, name, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run('logo', fileName, mime, bytes, now);
  return { assetId: Number(result.lastInsertRowid), mime };
}

export function getAsset(db: Database, assetId: number): { name: string; mime: string; bytes: Buffer } {
  const row = db.prepare('SELECT name, mime, bytes FROM assets WHERE id = ?').get(assetId) as
    { name: string; mime: string; bytes: Buffer } | undefined;
  if (!row)
    throw new UserError(`The image ${assetId} is not in this campaign file any more; choose the logo again.`, { code: 'unknown-asset' });
  return row;
}
