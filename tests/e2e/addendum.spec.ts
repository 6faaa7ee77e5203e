import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

test('after the letters went out, a new signatory brings the addendum banner, its preview, its export and the history', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Regional letter, addendum');
  await page.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
  await page.getByRole('button', { name: 'Add set' }).click();
  await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');

  await page.getByRole('button', { name: 'Export' }).first().click();
  await page.getByRole('tab', { name: 'Export', exact: true }).click();
  await page.getByLabel('PDF', { exact: true }).check();
  await page.getByLabel(/Export anyway/).check();
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Done: 20 files written/ })).toBeVisible({ timeout: 150_000 });

  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  await page.getByLabel('New organization’s name').fill('Zimbabwe Lawyers for Human Rights');
  await page.getByLabel('Its country').fill('Zimbabwe');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Select Zimbabwe Lawyers for Human Rights' })).toBeVisible();

  await page.getByRole('button', { name: 'Export' }).first().click();
  const banner = page.getByRole('status').filter({ hasText: /1 organisation joined since the letters of/ });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('row', { name: /African Union.*1 joined/ })).toBeVisible();
  await page.getByRole('row', { name: /African Union/ }).getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('img', { name: /Addendum for .*African Union, page 1/ })).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: 'test-results/screenshots/addendum.png' });

  await page.getByRole('button', { name: /Export addenda for 20 recipients/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /Done: 20 files/ })).toBeVisible({ timeout: 150_000 });
  await expect(page.getByRole('status').filter({ hasText: /joined since the letters/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('row', { name: /African Union.*An addendum/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /African Union.*The letter of/ })).toBeVisible();
});
