import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCampaignWhole } from '../../../bench/soak/check-campaign-whole';
import { checkExportFolder } from '../../../bench/soak/check-export-folder';
import { openCampaignFile } from '../../../src/main/services/campaign/campaign-file';
import { describeDatabaseError } from '../../../src/main/services/campaign/describe-database-error';
import { getLetter, saveLetter } from '../../../src/main/services/campaign/letters';
import { describeSmallDisk } from '../../small-disk/describe-small-disk';
import { makeSmallDisk, type SmallDisk } from '../../small-disk/make-small-disk';
import { smallDiskKind } from '../../small-disk/small-disk-kind';
import { createCliCampaign } from './cli-campaign';

const CLI = 'out/cli/undersigned.js';
const MIB = 1024 * 1024;

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

const disks: SmallDisk[] = [];
afterEach(() => {
  for (const disk of disks.splice(0)) disk.release();
});

function smallDisk(folder: string, bytes: number): SmallDisk {
  const disk = makeSmallDisk(folder, bytes);
  disks.push(disk);
  console.info(`disk-full test on ${disk.description}`);
  return disk;
}

/** Exports the campaign's five letters as PDF and DOCX into `letters`, with the disk's environment. */
function exportOnto(disk: SmallDisk | null, path: string, letters: string, ...format: string[]) {
  return spawnSync(process.execPath, [CLI, 'export', path, '--format', ...format, '--out', letters, '--per-recipient', '--force'], {
    encoding: 'utf8',
    env: { ...process.env, ...disk?.env },
  });
}

/** What a user sees of an export onto a full disk: exit 1, every file named with "the disk is full", nothing half-written. */
async function expectEveryFileRefused(exported: ReturnType<typeof spawnSync>, letters: string): Promise<void> {
  expect(exported.status).toBe(1);
  expect(exported.stderr).toContain('undersigned export: 10 files were not written:\n');
  expect(exported.stderr).toMatch(
    /: "[^"]+\.(pdf|docx)": the disk is full \(nothing of this file was left in the folder\); free some space and export again\n/,
  );
  expect(exported.stderr).not.toContain('internal error');
  expect(await checkExportFolder(letters)).toEqual({ files: 0, partial: [], temporary: 0 });
}

describe('a full disk', () => {
  it.skipIf(smallDiskKind() !== 'tmpfs')(
    'saving, importing and exporting onto a full disk (a real 3 MiB tmpfs) leave the campaign whole and say the disk is full',
    async () => {
      // SQLite writes below Node's fs, so only a real small filesystem fills under a save or an import.
      const made = await createCliCampaign('undersigned-disk-full-');
      try {
        const disk = smallDisk(join(made.folder, 'disk'), 3 * MIB);
        const path = join(disk.folder, 'asp.undersigned');
        copyFileSync(made.campaignPath, path);
        const before = signatoryCount(path);
        const letterBefore = JSON.stringify(withLetter(path));
        fillDisk(disk.folder);

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

        // Export onto the full disk: every file reported as not written, none left half-written, exit 1; the campaign,
        // on the same disk, cannot record the export either, and says so.
        const letters = join(disk.folder, 'letters');
        mkdirSync(letters);
        const exported = exportOnto(disk, path, letters, 'both');
        await expectEveryFileRefused(exported, letters);
        expect(exported.stderr).toContain(
          'undersigned export: This export was not recorded in the campaign, so its history and addenda will not know of it: "asp.undersigned" could not be saved: the disk is full.',
        );
        expect(checkCampaignWhole(path)).toEqual([]);
        expect(readdirSync(disk.folder).filter((name) => name.includes('journal'))).toEqual([]);

        // Space again: the same campaign saves and exports.
        rmSync(join(disk.folder, 'filler'));
        const again = exportOnto(disk, path, letters, 'pdf');
        expect([again.status, again.stderr]).toEqual([0, '']);
        expect((await checkExportFolder(letters)).files).toBe(5);
      } finally {
        for (const disk of disks.splice(0)) disk.release();
        made.remove();
      }
    },
  );

  // Runs everywhere: on a tmpfs where one can be mounted, else on the injected disk (writes past 4 KiB get ENOSPC).
  it(`exporting onto a disk too small for any letter (${describeSmallDisk(4096)}) names each file, leaves none half-written and the campaign whole`, async () => {
    const made = await createCliCampaign('undersigned-disk-full-export-');
    try {
      const letters = join(made.folder, 'letters');
      const disk = smallDisk(letters, 4096);
      const recordsBefore = exportRecords(made.campaignPath);

      const exported = exportOnto(disk, made.campaignPath, letters, 'both');
      await expectEveryFileRefused(exported, letters);
      expect(checkCampaignWhole(made.campaignPath)).toEqual([]);
      // The campaign is on another disk: the run is recorded, with no file.
      expect(exported.stderr).not.toContain('not recorded');
      expect(exportRecords(made.campaignPath)).toEqual([...recordsBefore, []]);

      // A disk with room: the same campaign exports into the same folder.
      disk.release();
      disks.splice(disks.indexOf(disk), 1);
      const again = exportOnto(null, made.campaignPath, letters, 'pdf');
      expect([again.status, again.stderr]).toEqual([0, '']);
      expect(await checkExportFolder(letters)).toEqual({ files: 5, partial: [], temporary: 0 });
    } finally {
      for (const disk of disks.splice(0)) disk.release();
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

/** The files each recorded export lists, oldest first. */
function exportRecords(path: string): string[][] {
  const campaign = openCampaignFile(path);
  try {
    return (campaign.db.prepare('SELECT files FROM exports ORDER BY id').all() as { files: string }[]).map((row) => JSON.parse(row.files) as string[]);
  } finally {
    campaign.close();
  }
}
