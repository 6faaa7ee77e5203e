import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCampaignWhole } from '../../../bench/soak/check-campaign-whole';
import { checkExportFolder } from '../../../bench/soak/check-export-folder';
import { openCampaignFile } from '../../../src/main/services/campaign/campaign-file';
import { describeDatabaseError } from '../../../src/main/services/campaign/describe-database-error';
import { getLetter, saveLetter } from '../../../src/main/services/campaign/letters';
import { createCliCampaign } from './cli-campaign';

const CLI = 'out/cli/undersigned.js';

/** Mounts a tmpfs of `size` at `folder`; false where mounting is not permitted (not root, or no CAP_SYS_ADMIN). */
function mountTinyDisk(folder: string, size: string): boolean {
  mkdirSync(folder, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Writes filler files until the disk says ENOSPC, to the last 512 bytes. */
function fillDisk(folder: string): string {
  const filler = join(folder, 'filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // A last few bytes may still fit; the next page-sized write will not.
  try {
    const rest = openSync(join(folder, 'filler-rest'), 'w');
    try {
      for (;;) writeSync(rest, Buffer.alloc(512, 1));
    } finally {
      closeSync(rest);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  return filler;
}

function signatoryCount(path: string): number {
  const campaign = openCampaignFile(path);
  try {
    return (campaign.db.prepare('SELECT count(*) AS n FROM signatories').get() as { n: number }).n;
  } finally {
    campaign.close();
  }
}

const mounted: string[] = [];
afterEach(() => {
  for (const folder of mounted.splice(0)) execFileSync('umount', [folder]);
});

describe('a full disk', () => {
  it('saving, importing and exporting onto a full disk (a real 3 MiB tmpfs) leave the campaign whole and say the disk is full', async (context) => {
    const made = await createCliCampaign('undersigned-disk-full-');
    try {
      const disk = join(made.folder, 'disk');
      if (!mountTinyDisk(disk, '3m')) {
        context.skip('mounting a tmpfs is not permitted here (needs root with CAP_SYS_ADMIN)');
        return;
      }
      mounted.push(disk);
      const path = join(disk, 'asp.undersigned');
      copyFileSync(made.campaignPath, path);
      const before = signatoryCount(path);
      const letterBefore = JSON.stringify(withLetter(path));
      fillDisk(disk);

      // Save: SQLite cannot write its journal; the message says the disk is full and the last save is kept.
      const campaign = openCampaignFile(path);
      let saveError: unknown;
      try {
        const letter = getLetter(campaign.db);
        const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'A longer letter. '.repeat(4000) }] };
        saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), paragraph] }, settings: letter.settings });
      } catch (error) {
        saveError = error;
      } finally {
        campaign.close();
      }
      const described = describeDatabaseError(saveError, 'asp.undersigned');
      expect(described?.code).toBe('disk-full');
      expect(described?.message).toBe(
        '"asp.undersigned" could not be saved: the disk is full. Free some space and try again; the last save is kept.',
      );
      expect(checkCampaignWhole(path)).toEqual([]);
      expect(JSON.stringify(withLetter(path))).toBe(letterBefore);

      // Import (the CLI, a real XLSX): exit 1 with the message, no signatory added.
      const imported = spawnSync(process.execPath, [CLI, 'import', path, 'recipients', 'tests/fixtures/recipients/ministers.xlsx'], {
        encoding: 'utf8',
      });
      const importedSignatories = spawnSync(
        process.execPath,
        [CLI, 'import', path, 'signatories', 'tests/fixtures/import-corpus/google-forms-consent.xlsx'],
        { encoding: 'utf8' },
      );
      for (const result of [imported, importedSignatories]) {
        expect([result.status, result.stderr]).toEqual([1, expect.stringContaining('the disk is full')]);
        expect(result.stderr).not.toContain('internal error');
      }
      expect(signatoryCount(path)).toBe(before);
      expect(checkCampaignWhole(path)).toEqual([]);

      // Export onto the full disk: every file reported as not written, none left half-written, exit 1.
      const letters = join(disk, 'letters');
      mkdirSync(letters);
      const exported = spawnSync(
        process.execPath,
        [CLI, 'export', path, '--format', 'both', '--out', letters, '--per-recipient', '--force'],
        { encoding: 'utf8' },
      );
      expect(exported.status).toBe(1);
      expect(exported.stderr).toContain('undersigned export: 10 files were not written:\n');
      expect(exported.stderr).toMatch(
        /: "[^"]+\.(pdf|docx)": the disk is full \(nothing of this file was left in the folder\); free some space and export again\n/,
      );
      expect(exported.stderr).toContain(
        'undersigned export: This export was not recorded in the campaign, so its history and addenda will not know of it: "asp.undersigned" could not be saved: the disk is full.',
      );
      expect(exported.stderr).not.toContain('internal error');
      const report = await checkExportFolder(letters);
      expect(report).toEqual({ files: 0, partial: [], temporary: 0 });
      expect(checkCampaignWhole(path)).toEqual([]);
      expect(readdirSync(disk).filter((name) => name.includes('journal'))).toEqual([]);

      // Space again: the same campaign saves and exports.
      rmSync(join(disk, 'filler'));
      const again = spawnSync(process.execPath, [CLI, 'export', path, '--format', 'pdf', '--out', letters, '--per-recipient', '--force'], {
        encoding: 'utf8',
      });
      expect([again.status, again.stderr]).toEqual([0, '']);
      expect((await checkExportFolder(letters)).files).toBe(5);
    } finally {
      for (const folder of mounted.splice(0)) execFileSync('umount', [folder]);
      made.remove();
    }
  });
});

function withLetter(path: string): unknown {
  const campaign = openCampaignFile(path);
  try {
    return getLetter(campaign.db).doc;
  } finally {
    campaign.close();
  }
}
