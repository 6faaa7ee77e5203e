import type { Database } from 'better-sqlite3';
import { findLetterSchemaProblems, type LetterNode } from '../../../shared/document/letter-document';
import type { Letter } from '../../../shared/model/letter';
import { pageSettingsSchema, type PageSettings } from '../../../shared/model/page-settings';
import { UserError } from '../../../shared/model/user-error';

interface LetterRow {
  id: number;
  title: string;
  doc: string;
  settings: string;
  updated_at: string;
}

function toLetter(row: LetterRow): Letter {
  return {
    id: row.id,
    title: row.title,
    doc: JSON.parse(row.doc) as LetterNode,
    settings: pageSettingsSchema.parse(JSON.parse(row.settings)),
    updatedAt: row.updated_at,
  };
}

/** The campaign's letter (one per campaign in this version). */
export function getLetter(db: Database): Letter {
  const row = db.prepare('SELECT id, title, doc, settings, updated_at FROM letters ORDER BY id LIMIT 1').get() as LetterRow | undefined;
  if (!row) throw new UserError('This campaign has no letter.', { code: 'no-letter' });
  return toLetter(row);
}

export function insertLetter(db: Database, letter: { title: string; doc: LetterNode; settings: PageSettings }, now = new Date().toISOString()): number {
  const result = db
    .prepare('INSERT INTO letters (title, doc, settings, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(letter.title, JSON.stringify(letter.doc), JSON.stringify(letter.settings), now, now);
  return Number(result.lastInsertRowid);
}

/** Saves the letter; a link that is not a web or e-mail address is refused (the saved letter is kept), so it never reaches an export. */
export function saveLetter(db: Database, change: { doc: LetterNode; settings: PageSettings; title?: string }, now = new Date().toISOString()): string {
  const problem = findLetterSchemaProblems(change.doc).find((candidate) => candidate.message.startsWith('link:'));
  if (problem) throw new UserError(`The letter was not saved: ${problem.message}${problem.path ? ` (at ${problem.path})` : ''}.`, { code: 'bad-letter' });
  const letter = getLetter(db);
  db.prepare('UPDATE letters SET doc = ?, settings = ?, title = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(change.doc),
    JSON.stringify(change.settings),
    change.title ?? letter.title,
    now,
    letter.id,
  );
  return now;
}

export function getMeta(db: Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
