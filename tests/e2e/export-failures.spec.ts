import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_WORKSPACE } from '../../playwright.config';
import { createCampaign, openApp } from './app-page';

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

test('an export onto a disk that fills up says on screen how many files were not written, for which letters and why', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Disk full letter');
  await page.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
  await page.getByRole('button', { name: 'Add set' }).click();
  await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');

  // The export's folder beside the campaign is a real 1 MiB disk: a few letters fit, the rest find it full.
  const disk = join(E2E_WORKSPACE, 'Disk full letter letters');
  test.skip(!mountTinyDisk(disk, '1m'), 'mounting a tmpfs is not permitted here (needs root with CAP_SYS_ADMIN)');
  try {
    await page.getByRole('button', { name: 'Export' }).first().click();
    await page.getByRole('tab', { name: 'Export' }).click();
    await page.getByLabel('PDF and Word').check();
    await page.getByLabel(/Export anyway/).check();
    await page.getByRole('button', { name: 'Export…' }).click();
    const status = page.getByRole('status').filter({ hasText: /Done: \d+ files? written, \d+ not written/ });
    await expect(status).toBeVisible({ timeout: 120_000 });
    const [, written, notWritten] = /Done: (\d+) files? written, (\d+) not written/.exec((await status.textContent()) ?? '')!;
    expect(Number(written) + Number(notWritten)).toBe(40);
    expect(Number(notWritten)).toBeGreaterThan(0);

    const alert = page.getByRole('alert').filter({ hasText: /not written, for \d+ letters?/ });
    await expect(alert).toContainText(`${notWritten} files were not written, for`);
    await expect(alert.getByRole('listitem').first()).toContainText(/\.(pdf|docx): the disk is full \(nothing of this file was left in the folder\)/);
    await page.screenshot({ path: 'test-results/screenshots/export-disk-full.png' });

    // On disk: exactly the files reported written, whole names only, no temporary left.
    const runFolder = join(disk, readdirSync(disk)[0]!);
    const letters = readdirSync(runFolder).filter((name) => /\.(pdf|docx)$/.test(name));
    expect(letters).toHaveLength(Number(written));
    expect(readdirSync(runFolder).filter((name) => name.endsWith('.part'))).toEqual([]);
  } finally {
    execFileSync('umount', [disk]);
  }
});
