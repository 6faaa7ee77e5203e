import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../src/main/services/campaign/letters';
import { findTemplate } from '../src/main/services/templates/templates';
import { medianTime, type BenchResult } from './bench-result';

/**
 * One autosave (a letter save in its transaction) with the journal the campaign file uses (rollback
 * journal, synchronous FULL: the file alone holds every save) and, for comparison, the WAL +
 * synchronous NORMAL it used before (saves sat in `-wal` until the file was closed).
 */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-bench-save-'));
  try {
    const measure = async (mode: 'current' | 'wal') => {
      const file = createCampaignFromTemplate(join(folder, `${mode}.undersigned`), findTemplate('regional-organizations'), 'Bench');
      if (mode === 'wal') {
        file.db.pragma('journal_mode = WAL');
        file.db.pragma('synchronous = NORMAL');
      }
      const letter = getLetter(file.db);
      let edit = 0;
      const median = await medianTime(() => {
        edit += 1;
        const doc = { ...letter.doc, content: [...(letter.doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Edit ${edit}` }] }] };
        saveLetter(file.db, { doc, settings: letter.settings });
      }, 60, 10);
      file.close();
      return median;
    };
    const current = await measure('current');
    const wal = await measure('wal');
    return [
      { name: 'autosave, rollback journal + synchronous FULL (used)', medianMs: current, targetMs: 50, notes: 'the .undersigned file alone holds the save' },
      { name: 'autosave, WAL + synchronous NORMAL (before)', medianMs: wal, notes: 'for comparison: the save sat in -wal' },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
