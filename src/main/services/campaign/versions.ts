import type { Database } from 'better-sqlite3';
import type { LetterNode } from '../../../shared/document/letter-document';
import { pageSettingsSchema, type PageSettings } from '../../../shared/model/page-settings';
import { UserError } from '../../../shared/model/user-error';
import { getLetter, saveLetter } from './letters';

export interface VersionSummary {
  id: number;
  name: string;
  createdAt: string;
}

export interface LetterVersion extends VersionSummary {
  doc: LetterNode;
  settings: PageSettings;
}

interface VersionRow {
  id: number;
  name: string;
  doc: string;
  settings: string;
  created_at: string;
}

/** Saves the letter as it is now under a name ("As sent to the AU"). */
export function saveVersion(db: Database, name: string, now = new Date().toISOString()): VersionSummary {
  const letter = getLetter(db);
  const trimmed = name.trim();
  if (trimmed === '') throw new UserError('A version needs a name, such as "As sent to the AU".', { code: 'version-name' });
  const result = db
    .prepare('INSERT INTO versions (letter_id, name, doc, settings, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(letter.id, trimmed, JSON.stringify(letter.doc), JSON.stringify(letter.settings), now);
  return { id: Number(result.lastInsertRowid), name: trimmed, createdAt: now };
}

/** The letter's saved versions, newest first. */
export function listVersions(db: Database): VersionSummary[] {
  const letter = getLetter(db);
  const rows = db
    .prepare('SELECT id, name, created_at FROM versions WHERE letter_id = ? ORDER BY created_at DESC, id DESC')
    .all(letter.id) as VersionRow[];
  return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
}

export function getVersion(db: Database, versionId: number): LetterVersion {
  const row = db.prepare('SELECT id, name, doc, settings, created_at FROM versions WHERE id = ?').get(versionId) as VersionRow | undefined;
  if (!row)
    throw new UserError(`There is no version ${versionId} in this campaign; it may have been deleted.`, { code: 'unknown-version' });
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    doc: JSON.parse(row.doc) as LetterNode,
    settings: pageSettingsSchema.parse(JSON.parse(row.settings)),
  };
}

/**
 * Makes a saved version the current letter. The letter as it was is kept first as a version of its own,
 * so a restore can itself be undone.
 */
export function restoreVersion(
  db: Database,
  versionId: number,
  now = new Date().toISOString(),
): { restored: LetterVersion; keptAs: VersionSummary } {
  return db.transaction(() => {
    const restored = getVersion(db, versionId);
    const keptAs = saveVersion(db, `Before restoring “${restored.name}”`, now);
    saveLetter(db, { doc: restored.doc, settings: restored.settings }, now);
    return { restored, keptAs };
  })();
}
