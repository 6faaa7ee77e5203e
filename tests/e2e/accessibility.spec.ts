import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

/** What has focus, as a screen reader would announce it: its tag and its text or label. */
function focused(page: Page): Promise<{ tag: string; text: string; inMain: boolean }> {
  return page.evaluate(`(() => {
    const element = document.activeElement;
    return {
      tag: element ? element.tagName.toLowerCase() : '',
      text: ((element && (element.getAttribute('aria-label') ?? element.textContent)) || '').trim(),
      inMain: Boolean(element && element.closest('#main-content')),
    };
  })()`);
}

test('focus moves to each screen’s heading on arrival, the skip link reaches the screen, and closing a panel gives focus back', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Focus test');
  await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Letter', inMain: true });

  for (const [key, heading] of [
    ['Control+2', 'Signatories'],
    ['Control+3', 'Recipients'],
    ['Control+4', 'Check, preview and export'],
    ['Control+1', 'Letter'],
  ] as const) {
    await page.keyboard.press(key);
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: heading, inMain: true });
  }
  await page.keyboard.press('Tab');
  expect((await focused(page)).inMain).toBe(true);

  const sidebar = page.getByRole('navigation', { name: 'Campaign' });
  await sidebar.getByRole('button', { name: 'Signatories' }).click();
  await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Signatories', inMain: true });

  await sidebar.getByRole('button', { name: 'Letter' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await focused(page)).toEqual({ tag: 'h1', text: 'Signatories', inMain: true });
  await expect(page.getByRole('heading', { name: 'Signatories', level: 1 })).toBeInViewport();

  await page.getByRole('button', { name: 'Import or paste…' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close the import' }).click();
  await expect(page.getByRole('button', { name: 'Import or paste…' })).toBeFocused();

  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: 'Page settings' }).click();
  await page.getByRole('button', { name: 'Close page settings' }).click();
  await expect(page.getByRole('button', { name: 'Page settings' })).toBeFocused();
});
