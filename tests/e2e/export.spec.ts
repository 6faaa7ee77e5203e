import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

test('choose a bundled set, preview a recipient and export both formats with the progress bar', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Regional letter, export');

  await page.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
  await page.getByRole('button', { name: 'Add set' }).click();
  await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');
  await page.getByLabel('Name of African Union').fill('Moussa Faki Mahamat');
  await page.getByLabel('Name of African Union').press('Enter');
  await expect(page.getByLabel('Organization of Moussa Faki Mahamat, African Union')).toBeVisible();
  await expect(page.getByLabel('Name of Caribbean Community').locator('..')).toHaveClass(/missing/);
  await expect(page.getByLabel('Name of Moussa Faki Mahamat, African Union').locator('..')).not.toHaveClass(/missing/);
  await expect(page.getByLabel('Salutation of Caribbean Community').locator('..')).not.toHaveClass(/missing/);
  await page.screenshot({ path: 'test-results/screenshots/recipients.png' });

  await page.getByRole('button', { name: 'Export' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: /letters have fields with no value/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Moussa Faki Mahamat, African Union' })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'Caribbean Community' })).toBeVisible();

  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByLabel('Recipient', { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByRole('img', { name: /Letter to Moussa Faki Mahamat, African Union, page 1 of \d/ })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Next recipient' }).click();
  await expect(page.getByRole('img', { name: /Letter to Association of Southeast Asian Nations, page 1/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText(/No value for Recipient name/)).toBeVisible();
  await page.getByLabel('Search recipients to preview').fill('caribbean');
  await expect(page.getByRole('img', { name: /Letter to Caribbean Community, page 1/ })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screenshots/preview.png' });

  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByLabel('PDF and Word').check();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await page.getByLabel(/Export anyway/).check();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/export-progress.png' });
  await expect(page.getByRole('status').filter({ hasText: /Done: 40 files written/ })).toBeVisible({ timeout: 120_000 });
  await page.getByText('40 files', { exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'African Union - ' }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/export-done.png' });
});

test('fill a missing field from the check panel, then export without forcing', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Regional letter, filled');
  await page.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
  await page.getByRole('button', { name: 'Add set' }).click();
  await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');

  await page.getByRole('button', { name: 'Export' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: '20 of 20 letters have fields with no value.' })).toBeVisible();
  await page.getByLabel('Recipient name for the recipients without one').fill('The Secretariat');
  await page.getByRole('button', { name: 'Fill 20' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All 20 letters have every field filled in.' })).toBeVisible();

  await page.getByRole('tab', { name: 'Export' }).click();
  await page.getByLabel('PDF', { exact: true }).check();
  await expect(page.getByLabel(/Export anyway/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Done: 20 files written/ })).toBeVisible({ timeout: 120_000 });
});
