import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openApp } from './app-page';
import { axeViolations, type AxeViolation } from './axe-violations';

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

test('focus moves to each screen’s heading on arrival, the skip link reaches the screen, and closing a panel gives focus back', async ({
  page,
}) => {
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

  // The first control after the skip link: the campaign's Rename button.
  await sidebar.getByRole('button', { name: 'Rename this campaign' }).focus();
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

test('axe-core finds no serious or critical problem on the start screen and every screen of a campaign with data', async ({ page }) => {
  test.setTimeout(180_000);
  const found: Record<string, AxeViolation[]> = {};
  const audit = async (name: string) => {
    const violations = await axeViolations(page);
    if (violations.length > 0) found[name] = violations;
  };

  await openApp(page);
  await expect(page.getByRole('heading', { name: 'New campaign from a template' })).toBeVisible();
  await page.locator('[data-template-id="regional-organizations"]').click();
  await audit('start screen');
  await createCampaign(page, 'regional-organizations', 'Accessibility audit');

  const sidebar = page.getByRole('navigation', { name: 'Campaign' });
  await sidebar.getByRole('button', { name: 'Signatories' }).click();
  await page.getByRole('button', { name: 'Import or paste…' }).click();
  await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/signatories-bom-crlf.csv');
  await audit('signatories import mapping');
  await page.getByRole('button', { name: /^Import \d+ rows$/ }).click();
  await expect(page.locator('.import-summary')).toBeVisible();
  await page.getByRole('button', { name: 'Close the import' }).click();
  await expect(page.getByRole('grid', { name: 'Signatories' })).toBeVisible();
  await audit('signatories');

  await sidebar.getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('regional-organizations');
  await page.getByRole('button', { name: 'Add set' }).click();
  await expect(page.getByLabel('Organization of African Union')).toHaveValue('African Union');
  await audit('recipients');

  await sidebar.getByRole('button', { name: 'Letter' }).click();
  await expect(page.locator('.letter-prose .merge-field-chip').first()).toBeVisible();
  await audit('letter editor');
  await page.screenshot({ path: 'test-results/screenshots/editor-with-data.png' });

  await sidebar.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('status').filter({ hasText: /letters/ })).toBeVisible();
  await audit('check');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('img', { name: /Letter to .*, page 1 of \d/ })).toBeVisible({ timeout: 60_000 });
  await audit('preview');
  await page.getByRole('tab', { name: 'Export' }).click();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();
  await audit('export');

  expect(found).toEqual({});
});

test('screens are addresses: Back and Forward move between them, a reload keeps one, Back from the first returns to the start screen', async ({
  page,
}) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'History test');
  const current = page.getByRole('navigation', { name: 'Campaign' }).locator('[aria-current="page"]');
  await expect(current).toHaveText('Letter');
  await expect(page).toHaveURL(/#\/letter$/);
  await page.locator('.letter-prose').click();
  await page.keyboard.type('Typed just before going back. ');

  await page.keyboard.press('Control+2');
  await page.keyboard.press('Control+3');
  await expect(page).toHaveURL(/#\/recipients$/);
  await page.goBack();
  await expect(current).toHaveText('Signatories');
  await expect(page.getByRole('heading', { name: 'Signatories', level: 1 })).toBeFocused();
  await page.goBack();
  await expect(current).toHaveText('Letter');
  await page.goForward();
  await expect(current).toHaveText('Signatories');
  await page.reload();
  await expect(current).toHaveText('Signatories');

  await page.goBack();
  await expect(current).toHaveText('Letter');
  await expect(page.locator('.letter-prose')).toContainText('Typed just before going back.');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'New campaign from a template' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'New campaign from a template' })).toBeVisible();
  await expect(page).not.toHaveURL(/#/);
  // The campaign just closed is the most recent entry; a reused workspace may hold older ones of the same name.
  // Opening it at once waits for its close to land (main gives an open file its old id, which the close would end).
  const latest = page.getByRole('list', { name: 'Recent campaigns' }).getByRole('button').first();
  await expect(latest).toContainText('History test');
  await latest.click();
  await expect(current).toHaveText('Letter');
  await expect(page.locator('.letter-prose')).toContainText('Typed just before going back.');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { name: 'Signatories', level: 1 })).toBeFocused();
});

test('the export screen’s tabs are addresses: Back and Forward move between them and a reload keeps one', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Tab history');
  await page.keyboard.press('Control+4');
  await expect(page).toHaveURL(/#\/export$/);
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toHaveText(/^Check/);

  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page).toHaveURL(/#\/export\/preview$/);
  await page.getByRole('tab', { name: 'Export', exact: true }).click();
  await expect(page).toHaveURL(/#\/export\/export$/);
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible();

  await page.goBack();
  await expect(selected).toHaveText('Preview');
  await expect(page.getByRole('tabpanel')).toHaveAttribute('id', 'panel-preview');
  await page.reload();
  await expect(selected).toHaveText('Preview');
  await expect(page).toHaveURL(/#\/export\/preview$/);
  await page.goBack();
  await expect(selected).toHaveText(/^Check/);
  await page.goForward();
  await page.goForward();
  await expect(selected).toHaveText('Export');

  await page.keyboard.press('Control+3');
  await expect(page).toHaveURL(/#\/recipients$/);
  await page.goBack();
  await expect(page.getByRole('navigation', { name: 'Campaign' }).locator('[aria-current="page"]')).toHaveText('Export');
  await expect(selected).toHaveText('Export');
});

test('the small things: no 404 on load, "Saved" follows signatory changes, the campaign can be renamed, dates read as the letters’ do, the chip colours are explained', async ({
  page,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => response.status() === 404 && missing.push(response.url()));
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Small things');
  await expect(page.locator('.chip-legend')).toContainText('a recipient list fills it');
  await expect(page.locator('.chip-legend')).toContainText('nothing fills it yet');

  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  const saved = page.getByTestId('save-state');
  await expect(saved).toHaveText(/^Saved \d\d:\d\d:\d\d$/);
  const before = await saved.textContent();
  await page.waitForTimeout(1100);
  await page.getByLabel('New organization’s name').fill('Amnesty International');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('Added “Amnesty International”.')).toBeVisible();
  await expect(saved).not.toHaveText(before!);
  await expect(saved).toHaveText(/^Saved \d\d:\d\d:\d\d$/);

  await page.getByRole('button', { name: 'Rename this campaign' }).click();
  await page.getByLabel('Campaign name').fill('Small things, renamed');
  await page.getByLabel('Campaign name').press('Enter');
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Small things, renamed');
  await expect(page).toHaveTitle('Small things, renamed — Undersigned');
  await expect(page.getByRole('button', { name: 'Rename this campaign' })).toBeFocused();
  await page.reload();
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Small things, renamed');

  await page.getByRole('button', { name: 'Close campaign' }).click();
  const recent = page.getByRole('list', { name: 'Recent campaigns' }).getByRole('button', { name: /Small things/ });
  await expect(recent).toContainText(/Opened \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d/);
  expect(missing).toEqual([]);
});
