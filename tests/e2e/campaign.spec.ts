import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

test('a campaign created from a template is in the recent list after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'New campaign from a template' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/start-screen.png' });
  await createCampaign(page, 'regional-organizations', 'Regional letter, spring session');
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Regional letter, spring session');
  await expect(page).toHaveTitle(/Regional letter, spring session — Undersigned/);

  await page.reload();
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Regional letter, spring session');

  await page.getByRole('button', { name: 'Close campaign' }).click();
  await page.reload();
  const recent = page.getByRole('list', { name: 'Recent campaigns' });
  await expect(recent.getByRole('button', { name: /Regional letter, spring session/ })).toBeVisible();
  await recent.getByRole('button', { name: /Regional letter, spring session/ }).click();
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Regional letter, spring session');
});

test('the sidebar switches screens with the keyboard', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Keyboard test');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('button', { name: 'Signatories' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('button', { name: 'Letter' })).toHaveAttribute('aria-current', 'page');
});
