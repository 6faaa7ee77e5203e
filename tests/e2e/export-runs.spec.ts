import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'undersigned-e2e-downloads-'));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function addPreset(page: Page, presetId: string): Promise<void> {
  await page.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption(presetId);
  await page.getByRole('button', { name: 'Add set' }).click();
  await page.getByRole('button', { name: 'Export' }).first().click();
  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByLabel(/Export anyway/).check();
}

/** Saves a download and unzips it into a folder of its own; returns the folder and the zip's entries. */
async function unzipDownload(download: Download, name: string): Promise<{ folder: string; entries: string[] }> {
  const zip = join(scratch, `${name}.zip`);
  await download.saveAs(zip);
  const folder = join(scratch, name);
  execFileSync('unzip', ['-q', '-d', folder, zip], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  return { folder, entries: readdirSync(folder).sort() };
}

async function serverFolder(page: Page): Promise<string> {
  const text = (await page.getByText(/^Kept on the server in: /).textContent()) ?? '';
  return text.replace(/^Kept on the server in: /, '');
}

test('each export run is a folder of its own, downloaded as a zip of its letters', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Regional runs – Genève');
  await addPreset(page, 'regional-organizations');

  await page.getByLabel('PDF and Word').check();
  const firstDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Done: 40 files written .* Your browser is downloading them\./ })).toBeVisible({
    timeout: 120_000,
  });
  const first = await firstDownload;
  const firstFolder = await serverFolder(page);
  expect(basename(firstFolder)).toMatch(/^Regional runs – Genève — \d{4}-\d{2}-\d{2} \d{2}\.\d{2}$/);
  expect(first.suggestedFilename()).toBe(`${basename(firstFolder)}.zip`);
  await page.screenshot({ path: 'test-results/screenshots/export-downloaded.png' });

  const unzipped = await unzipDownload(first, 'first');
  expect(unzipped.entries).toHaveLength(41);
  expect(unzipped.entries).toContain('Export summary.txt');
  expect(unzipped.entries).toEqual(readdirSync(firstFolder).sort());
  const pdf = unzipped.entries.find((name) => name.startsWith('African Union - ') && name.endsWith('.pdf'))!;
  expect(execFileSync('pdftotext', [join(unzipped.folder, pdf), '-'], { encoding: 'utf8' })).toContain('African Union');
  const docx = pdf.replace(/\.pdf$/, '.docx');
  expect(execFileSync('unzip', ['-p', join(unzipped.folder, docx), 'word/document.xml'], { encoding: 'utf8' })).toContain('African Union');
  expect(readFileSync(join(unzipped.folder, 'Export summary.txt'), 'utf8')).toContain('Finished: 20 of 20 letters written.');

  // A second run never writes into the first run's folder.
  await page.getByLabel('PDF', { exact: true }).check();
  const secondDownload = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Done: 20 files written/ })).toBeVisible({ timeout: 120_000 });
  const second = await unzipDownload(await secondDownload, 'second');
  const secondFolder = await serverFolder(page);
  expect(secondFolder).not.toBe(firstFolder);
  expect(second.entries.filter((name) => name.endsWith('.pdf'))).toHaveLength(20);
  expect(second.entries.filter((name) => name.endsWith('.docx'))).toHaveLength(0);
  expect(readdirSync(firstFolder).sort()).toEqual(unzipped.entries);
});

/** A CSV of `count` organizations, for a signatory list long enough that each letter runs to many pages. */
function signatoryCsv(count: number): string {
  const path = join(scratch, `${count} signatories.csv`);
  const rows = Array.from({ length: count }, (_, index) => `Civil society organization number ${index + 1},Kenya`);
  writeFileSync(path, ['Organization,Country', ...rows].join('\n'));
  return path;
}

test('a cancelled run reports, keeps and downloads only the letters it wrote', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  // States Parties letters list their signatories: with 2,000 of them each letter is 21 pages, so the 193 letters take
  // tens of seconds of rendering, far longer than a cancel takes to arrive (a one-page letter: 193 in under a second).
  await createCampaign(page, 'states-parties', 'Cancelled run');
  // Every field of this template has a default; a recipient field without one leaves each letter unresolved, so the
  // run's warning can be checked to count only the letters written.
  await page.locator('.letter-prose').waitFor();
  await page.locator('.letter-prose > *').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('{{orga');
  await expect(page.getByRole('listbox', { name: 'Merge fields' }).getByRole('option').first()).toContainText('Recipient organization');
  await page.keyboard.press('Enter');
  await expect(page.locator('.letter-prose [data-merge-field="recipient.organization"]')).toHaveCount(1);
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);

  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  await page.getByRole('button', { name: 'Import or paste…' }).click();
  await page.getByLabel('Spreadsheet to import').setInputFiles(signatoryCsv(2000));
  await page.getByRole('button', { name: /^Import 2000 rows$/ }).click();
  await expect(page.locator('.import-summary')).toContainText('2000 added');
  await page.getByRole('button', { name: 'Done' }).click();

  await addPreset(page, 'un-member-states');
  await page.getByLabel('PDF', { exact: true }).check();
  await page.getByRole('button', { name: 'Export…' }).click();
  // The run reports "of 193" only once its workers are ready, in the same turn in which it hands them its first letters;
  // a cancel never takes back a letter handed over, so at least one is written whenever Cancel is clicked from here.
  await expect(page.getByRole('status').filter({ hasText: /^(Writing )?\d+ of 193/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  const cancelled = page.getByRole('status').filter({ hasText: /^Cancelled: the \d+ files? written so far are complete/ });
  await expect(cancelled).toBeVisible({ timeout: 120_000 });
  const written = Number(/the (\d+) file/.exec((await cancelled.textContent()) ?? '')![1]);
  expect(written).toBeGreaterThanOrEqual(1);
  expect(written).toBeLessThan(193);
  await page.screenshot({ path: 'test-results/screenshots/export-cancelled.png' });

  const folder = await serverFolder(page);
  const onServer = readdirSync(folder).filter((name) => name !== 'Export summary.txt');
  expect(onServer).toHaveLength(written);
  const firstLetter = execFileSync('pdfinfo', [join(folder, onServer[0]!)], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(firstLetter)![1])).toBeGreaterThanOrEqual(15);
  await expect(page.getByRole('listitem').filter({ hasText: new RegExp(`^${written} letters? w(as|ere) written with unresolved fields`) })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '193 letters were written' })).toHaveCount(0);
  expect(readFileSync(join(folder, 'Export summary.txt'), 'utf8')).toContain(`Cancelled after ${written} of 193 letters`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download the ${written} files (zip)` }).click();
  const { entries } = await unzipDownload(await downloading, 'cancelled');
  expect(entries).toEqual([...onServer, 'Export summary.txt'].sort());
});
