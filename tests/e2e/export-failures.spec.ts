import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { E2E_TOKEN, E2E_WORKSPACE } from '../../playwright.config';
import { describeSmallDisk } from '../small-disk/describe-small-disk';
import { makeSmallDisk, type SmallDisk } from '../small-disk/make-small-disk';
import { smallDiskKind } from '../small-disk/small-disk-kind';
import { createCampaign, openApp } from './app-page';

const DISK_BYTES = 1024 * 1024;

/**
 * A web server of this test's own whose processes treat `disk` as small (the injected disk needs its environment from
 * the start); resolves with the address it prints once it listens.
 */
function startServerOnDisk(disk: SmallDisk, workspace: string): Promise<{ server: ChildProcess; address: string }> {
  const server = spawn('npx', ['tsx', 'src/main/web/serve.ts', '--workspace', workspace, '--port', '0'], {
    env: { ...process.env, ...disk.env, UNDERSIGNED_WEB_TOKEN: E2E_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolveStart, reject) => {
    let printed = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const address = /Open: (http:\/\/127\.0\.0\.1:\d+)\//.exec(printed)?.[1];
      if (address) resolveStart({ server, address });
    });
    server.once('exit', (code) => reject(new Error(`the web server stopped (exit code ${code}) before it listened: ${printed}`)));
  });
}

test(`an export onto a disk that fills up (${describeSmallDisk(DISK_BYTES)}) says on screen how many files were not written, for which letters and why`, async ({ page }) => {
  test.setTimeout(240_000);
  // The export's folder beside the campaign is a 1 MiB disk: a few letters fit, the rest find it full.
  let disk: SmallDisk;
  let server: ChildProcess | null = null;
  let workspace = E2E_WORKSPACE;
  let open = (target: Page) => openApp(target);
  if (smallDiskKind() === 'tmpfs') disk = makeSmallDisk(join(E2E_WORKSPACE, 'Disk full letter letters'), DISK_BYTES);
  else {
    // The shared server was started without the injected disk: this test runs on a server of its own that has it.
    workspace = resolve(`${E2E_WORKSPACE}-small-disk`);
    rmSync(workspace, { recursive: true, force: true });
    disk = makeSmallDisk(join(workspace, 'Disk full letter letters'), DISK_BYTES);
    const started = await startServerOnDisk(disk, workspace);
    server = started.server;
    open = (target: Page) => target.goto(`${started.address}/?token=${E2E_TOKEN}`).then(() => undefined);
  }
  console.info(`export-failures: the export folder is ${disk.description}`);
  try {
    await open(page);
    await createCampaign(page, 'regional-organizations', 'Disk full letter');
    await page.getByRole('button', { name: 'Recipients' }).click();
    await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
    await page.getByRole('button', { name: 'Add set' }).click();
    await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');

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
    const runFolder = join(disk.folder, readdirSync(disk.folder)[0]!);
    const letters = readdirSync(runFolder).filter((name) => /\.(pdf|docx)$/.test(name));
    expect(letters).toHaveLength(Number(written));
    expect(readdirSync(runFolder).filter((name) => name.endsWith('.part'))).toEqual([]);
  } finally {
    disk.release();
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolveExit) => server!.once('exit', resolveExit));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    if (server) rmSync(workspace, { recursive: true, force: true });
  }
});
