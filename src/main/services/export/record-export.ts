import type { Database } from 'better-sqlite3';
import type { ExportRequest } from '../../../shared/merge/export-request';
import type { Letter } from '../../../shared/model/letter';

/** Records an export in the campaign's exports table: when, what, how many, from which letter version. */
export function recordExport(
  db: Database,
  entry: { request: ExportRequest; folder: string; recipients: number; files: readonly string[]; letter: Letter; cancelled: boolean },
  now = new Date().toISOString(),
): number {
  const latestVersion = db
    .prepare('SELECT id FROM versions WHERE letter_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
    .get(entry.letter.id) as { id: number } | undefined;
  const result = db
    .prepare(
      'INSERT INTO exports (exported_at, formats, recipients, files, letter_id, letter_updated_at, version_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      now,
      JSON.stringify({ ...entry.request, folder: entry.folder, cancelled: entry.cancelled }),
      entry.recipients,
      JSON.stringify(entry.files),
      entry.letter.id,
      entry.letter.updatedAt,
      latestVersion?.id ?? null,
    );
  return Number(result.lastInsertRowid);
}
