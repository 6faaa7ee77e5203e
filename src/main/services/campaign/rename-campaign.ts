import type { Database } from 'better-sqlite3';
import { setMeta } from './letters';

/** Gives the campaign a new name (the letter keeps its own title; the file keeps its name on disk). */
export function renameCampaign(db: Database, name: string): void {
  db.transaction(() => setMeta(db, 'title', name.trim()))();
}
