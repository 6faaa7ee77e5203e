import type { Database } from 'better-sqlite3';
import { addendumTextSchema, DEFAULT_ADDENDUM_TEXTS, type AddendumText } from '../../../shared/deliveries/addendum-text';
import type { LetterLanguage } from '../../../shared/model/page-settings';
import { getMeta, setMeta } from '../campaign/letters';

const META_KEY = 'addendum_text';

/** The campaign's addendum words, or the defaults in the letter's language until the user edits them. */
export function getAddendumText(db: Database, language: LetterLanguage): { words: AddendumText; edited: boolean } {
  const stored = getMeta(db, META_KEY);
  if (stored !== null) {
    const parsed = addendumTextSchema.safeParse(JSON.parse(stored));
    if (parsed.success) return { words: parsed.data, edited: true };
  }
  return { words: DEFAULT_ADDENDUM_TEXTS[language], edited: false };
}

/** Saves the addendum words in the campaign; null goes back to the defaults. */
export function saveAddendumText(db: Database, words: AddendumText | null): void {
  if (words === null) db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
  else setMeta(db, META_KEY, JSON.stringify(addendumTextSchema.parse(words)));
}
