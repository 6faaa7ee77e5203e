import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCampaignWhole } from '../../../../bench/soak/check-campaign-whole';
import { checkExportFolder } from '../../../../bench/soak/check-export-folder';
import { runKillSoak } from '../../../../bench/soak/run-kill-soak';
import { useTemporaryFolder } from '../../temporary-folder';

// A small version of `npm run soak` (which writes RELIABILITY.md): 10 SIGKILLs of real child processes.
describe('kill soak', () => {
  const temporaryFolder = useTemporaryFolder();

  it('SIGKILL during saves, XLSX/CSV imports and exports leaves every campaign whole, every acknowledged save and finished import in it, and no partial letter', async () => {
    const folder = temporaryFolder();
    const figures = await runKillSoak({ folder, kills: { save: 6, import: 3, export: 1 } });
    expect(figures.kinds.map((kind) => [kind.kind, kind.failures])).toEqual([
      ['save', []],
      ['import', []],
      ['export', []],
    ]);
    expect(figures.kinds.reduce((sum, kind) => sum + kind.kills, 0)).toBeGreaterThanOrEqual(10);
    expect(figures.kinds[0]!.campaignsChecked).toBe(6);
    // The export's first run is not killed: its ten letters are read back whole.
    expect(figures.kinds[2]!.exportFilesChecked).toBeGreaterThanOrEqual(10);

    // The checks themselves see damage: a campaign cut in half, a PDF and a DOCX cut short under their final names.
    const damaged = join(folder, 'damaged.undersigned');
    copyFileSync(join(folder, 'imports.undersigned'), damaged);
    const bytes = readFileSync(damaged);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(checkCampaignWhole(damaged)).not.toEqual([]);
    const letters = join(folder, 'letters', 'run-0');
    const report = await checkExportFolder(letters);
    expect(report.partial).toEqual([]);
    for (const extension of ['.pdf', '.docx']) {
      const whole = readFileSync(
        join(
          letters,
          readdirSync(letters).find((name) => name.endsWith(extension))!,
        ),
      );
      writeFileSync(join(letters, `cut${extension}`), whole.subarray(0, whole.length - 300));
    }
    expect((await checkExportFolder(letters)).partial.map((partial) => partial.split(':')[0])).toEqual(['cut.docx', 'cut.pdf']);
  }, 240_000);
});
