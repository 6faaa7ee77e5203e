import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { runExportJob } from '../../../../../../src/main/services/export/run-export-job';
import { importRecipients } from '../../../../../../src/main/services/recipients/import-recipients';
import { listRecipients } from '../../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';
import type { ExportProgress, ExportRequest } from '../../../../../../src/shared/merge/export-request';
import { useTemporaryFolder } from '../../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();
let campaign: CampaignFile;
let organizations: string[];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-export-safety-'));
  campaign = createCampaignFromTemplate(join(folder, 'safety.undersigned'), findTemplate('regional-organizations'), 'Safety');
  await importRecipients(campaign.db, { source: 'tests/fixtures/recipients/regional-heads.csv' });
  organizations = listRecipients(campaign.db).map((recipient) => recipient.organization!);
  return () => {
    campaign.close();
    rmSync(folder, { recursive: true, force: true });
  };
});

function request(change: Partial<ExportRequest> = {}): ExportRequest {
  return { format: 'pdf', perRecipient: true, combined: false, namePattern: '{recipient.organization}', force: true, ...change };
}

function exportTo(folder: string, change: Partial<ExportRequest> = {}, onProgress?: (progress: ExportProgress) => void) {
  return runExportJob({ db: campaign.db, folder, request: request(change), campaignName: 'Safety', date: '2020-04-28', workers: 0, onProgress });
}

describe('exports never replace what they did not write, and say every failure', () => {
  it('a file already in the folder under a letter’s name is kept; the letter takes "Name (2)"; --overwrite replaces it', async () => {
    const out = temporaryFolder();
    const own = join(out, `${organizations[0]}.pdf`);
    writeFileSync(own, 'my own annotated copy');
    const summary = await exportTo(out);
    expect(readFileSync(own, 'utf8')).toBe('my own annotated copy');
    expect(basename(summary.files[0]!)).toBe(`${organizations[0]} (2).pdf`);
    expect(readFileSync(summary.files[0]!).subarray(0, 5).toString()).toBe('%PDF-');
    expect(summary.failures).toEqual([]);

    const replaced = await exportTo(out, { overwrite: true });
    expect(basename(replaced.files[0]!)).toBe(`${organizations[0]}.pdf`);
    expect(readFileSync(own).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a DOCX that fails after its PDF is reported as such, and only files that exist are counted', async () => {
    const out = temporaryFolder();
    // Another program takes the second letter's DOCX name while the export runs.
    const summary = await exportTo(out, { format: 'both' }, (progress) => {
      if (progress.state === 'running' && progress.done === 1) writeFileSync(join(out, `${organizations[1]}.docx`), 'taken meanwhile');
    });
    expect(summary.failures).toEqual([
      {
        letter: expect.stringContaining(organizations[1]!) as string,
        file: `${organizations[1]}.docx`,
        reason: `a file named "${organizations[1]}.docx" appeared in the folder meanwhile; it was left as it was (${organizations[1]}.pdf was written)`,
      },
    ]);
    expect(readFileSync(join(out, `${organizations[1]}.docx`), 'utf8')).toBe('taken meanwhile');
    expect(summary.files.map((file) => basename(file))).toContain(`${organizations[1]}.pdf`);
    expect(summary.files.map((file) => basename(file))).not.toContain(`${organizations[1]}.docx`);
    expect(summary.files).toHaveLength(organizations.length * 2 - 1);
    expect(summary.warnings).toContainEqual(expect.stringMatching(/^Not written: .*appeared in the folder meanwhile/));
  });

  it('a folder removed mid-export: every letter is counted as failed, no file is reported that does not exist', async () => {
    const out = join(temporaryFolder(), 'letters');
    mkdirSync(out);
    const summary = await exportTo(out, {}, (progress) => {
      if (progress.state === 'running' && progress.done === 2) rmSync(out, { recursive: true, force: true });
    });
    expect(summary.files.every((file) => existsSync(file))).toBe(true);
    expect(summary.files).toEqual([]);
    expect(summary.failures).toHaveLength(organizations.length);
    const reasons = summary.failures.map((failure) => failure.reason);
    expect(reasons.filter((reason) => reason === 'it was written but is no longer in the folder (was the folder moved or removed?)')).toHaveLength(2);
    expect(reasons.filter((reason) => /^ENOENT/.test(reason))).toHaveLength(organizations.length - 2);
    const recorded = campaign.db.prepare('SELECT files FROM exports ORDER BY id DESC LIMIT 1').get() as { files: string };
    expect(JSON.parse(recorded.files)).toEqual([]);
  });

  it('the CLI into a read-only folder: exit 1 with the count and the first reasons, never "Wrote N files" for files that do not exist', () => {
    const folder = temporaryFolder();
    chmodSync(folder, 0o777);
    const path = join(folder, 'cli.undersigned');
    createCampaignFromTemplate(path, findTemplate('regional-organizations'), 'CLI').close();
    const out = join(folder, 'read-only');
    mkdirSync(out);
    chmodSync(path, 0o666);
    chmodSync(out, 0o555);
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bin = resolve('bin/undersigned.js');
    const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...asUser, env: { ...process.env, UNDERSIGNED_EXPORT_WORKERS: '1' } });
    expect(run(['recipients', path, '--preset', 'regional-organizations']).status).toBe(0);
    const result = run(['export', path, '--format', 'pdf', '--out', out, '--force']);
    chmodSync(out, 0o755);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Wrote 0 files for \d+ recipients/);
    expect(result.stderr).toMatch(/^undersigned export: \d+ files were not written:\n {2}.*: ".*\.pdf": EACCES/);
    expect(result.stderr).toMatch(/and \d+ more\.\n$/);
    expect(readdirSync(out)).toEqual([]);
  });
});
