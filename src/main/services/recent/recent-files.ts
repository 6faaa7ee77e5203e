import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';

const MAX_RECENT = 12;
const recentFileSchema = z.array(z.object({ path: z.string(), name: z.string(), lastOpenedAt: z.string() }));
export type RecentEntry = z.infer<typeof recentFileSchema>[number];

/** Recent campaigns, kept in the user-data folder; the renderer only ever sees their ids. */
export class RecentFiles {
  private readonly file: string;

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-campaigns.json');
  }

  static idOf(path: string): string {
    return createHash('sha256').update(path).digest('hex').slice(0, 16);
  }

  list(): RecentEntry[] {
    if (!existsSync(this.file)) return [];
    try {
      return recentFileSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // A damaged list of recent files is not worth stopping the app for: start a new one.
      return [];
    }
  }

  pathOf(entryId: string): string | undefined {
    return this.list().find((entry) => RecentFiles.idOf(entry.path) === entryId)?.path;
  }

  remember(path: string, name = basename(path), now = new Date().toISOString()): void {
    const entries = [{ path, name, lastOpenedAt: now }, ...this.list().filter((entry) => entry.path !== path)].slice(0, MAX_RECENT);
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(entries, null, 2));
    renameSync(temporary, this.file);
  }

  forget(path: string): void {
    const entries = this.list().filter((entry) => entry.path !== path);
    writeFileSync(this.file, JSON.stringify(entries, null, 2));
  }
}
