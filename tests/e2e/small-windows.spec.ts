import { expect, test, type Page } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

/** How far the page, or the screen inside it, scrolls sideways (0 when everything fits); tables scroll in their own frames. */
function horizontalOverflow(page: Page): Promise<{ page: number; screen: number }> {
  return page.evaluate(`(() => {
    const root = document.scrollingElement;
    const main = document.getElementById('main-content');
    return { page: root.scrollWidth - root.clientWidth, screen: main ? main.scrollWidth - main.clientWidth : 0 };
  })()`);
}

const FITS = { page: 0, screen: 0 };

const SIZES = [
  { name: '1024x768', width: 1024, height: 768, scale: 1 },
  { name: '800x600', width: 800, height: 600, scale: 1 },
  // 200% zoom of a 1360×900 window: half the CSS pixels, each drawn twice.
  { name: '200pc-zoom', width: 680, height: 450, scale: 2 },
] as const;

for (const size of SIZES) {
  test(`at ${size.name} no screen scrolls the page sideways, tables keep their header and every column in reach, the letter page fits`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const page = await context.newPage();
    await openApp(page);
    await createCampaign(page, 'states-parties', `Small window ${size.name}`);
    const sidebar = page.getByRole('navigation', { name: 'Campaign' });
    await sidebar.getByRole('button', { name: 'Recipients' }).click();
    await page.getByLabel('Bundled recipient set').selectOption('rome-statute-states-parties');
    await page.getByRole('button', { name: 'Add set' }).click();
    await expect(page.getByLabel('Country of Ghana')).toHaveValue('Ghana');
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-recipients.png` });
    expect(await horizontalOverflow(page)).toEqual(FITS);
    // Columns nobody fills collapse; the filled Country column comes first and stays in view while the table scrolls to its last column.
    await expect(page.getByRole('columnheader', { name: 'Honorific' })).toHaveCount(0);
    await expect(page.getByLabel('Country of Afghanistan')).toBeInViewport();
    const frame = page.locator('.recipients-table-frame');
    await frame.evaluate((element) => {
      element.scrollIntoView({ block: 'end' });
      element.scrollTo({ left: element.scrollWidth, top: element.scrollHeight });
    });
    await expect(page.getByRole('columnheader', { name: 'Other fields' })).toBeInViewport();
    await expect(page.getByRole('columnheader', { name: 'Country' })).toBeInViewport();
    await expect(page.getByLabel('Country of Zambia')).toBeInViewport();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-recipients-scrolled.png` });
    await page.getByRole('button', { name: /^Show \d+ empty columns$/ }).click();
    await expect(page.getByRole('columnheader', { name: 'Honorific' })).toBeVisible();

    await sidebar.getByRole('button', { name: 'Letter' }).click();
    await expect(page.locator('.letter-prose')).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-letter.png` });
    expect(await horizontalOverflow(page)).toEqual(FITS);
    // The page scales to the canvas instead of being cut off.
    const [pageBox, canvasBox] = await Promise.all([
      page.locator('.letter-page').boundingBox(),
      page.locator('.page-canvas').boundingBox(),
    ]);
    expect(pageBox!.x).toBeGreaterThanOrEqual(canvasBox!.x);
    expect(pageBox!.x + pageBox!.width).toBeLessThanOrEqual(canvasBox!.x + canvasBox!.width);
    await page.locator('.letter-prose p').first().click();
    await page.keyboard.type('Typed at a small size. ');
    await expect(page.locator('.letter-prose')).toContainText('Typed at a small size.');

    await sidebar.getByRole('button', { name: 'Signatories' }).click();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-signatories.png` });
    expect(await horizontalOverflow(page)).toEqual(FITS);

    await sidebar.getByRole('button', { name: 'Export' }).click();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-export.png` });
    expect(await horizontalOverflow(page)).toEqual(FITS);
    await context.close();
  });
}

for (const size of [
  { name: '1024x700', width: 1024, height: 700 },
  { name: '800x600', width: 800, height: 600 },
] as const) {
  test(`at ${size.name} the signatories table with 200 rows keeps the names in view, collapses empty columns and shows its sideways scrollbar`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await openApp(page);
    await createCampaign(page, 'open-letter', `Signatories ${size.name}`);
    await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
    await page.getByRole('button', { name: 'Import or paste…' }).click();
    await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/sign-ons-200.csv');
    await page.getByRole('button', { name: 'Import 200 rows' }).click();
    await page.locator('.import-summary').getByRole('button', { name: 'Done', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Signatories' });
    await expect(grid.getByRole('row').nth(1)).toBeVisible();
    expect(await horizontalOverflow(page)).toEqual(FITS);
    // The file has no acronyms or e-mail addresses: those columns collapse (and come back when asked); contacts stay.
    await expect(grid.getByRole('columnheader', { name: 'Acronym' })).toHaveCount(0);
    await expect(grid.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
    await expect(grid.getByRole('columnheader', { name: 'Contact' })).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-signatories-200.png` });
    // The table scrolls sideways in its own frame, short enough to be seen whole, its scrollbar with it, once the screen is scrolled to it.
    const frame = page.locator('.signatory-grid-frame');
    const sizes = await frame.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(sizes.scrollWidth).toBeGreaterThan(sizes.clientWidth);
    await frame.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    const box = (await frame.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    // Scrolled to its last column, the names are still there beside it.
    await frame.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect(grid.getByRole('columnheader', { name: 'Source' })).toBeInViewport();
    const nameHeader = grid.getByRole('columnheader', { name: 'Organization' });
    const nameBox = (await nameHeader.boundingBox())!;
    expect(nameBox.x).toBeGreaterThanOrEqual(box.x);
    expect(nameBox.x + 200).toBeLessThanOrEqual(box.x + box.width);
    await expect(grid.getByRole('button', { name: /^Organization: Kenya Human Rights Centre\. Edit$/ })).toBeInViewport();
    await page.screenshot({ path: `test-results/screenshots/small-${size.name}-signatories-200-scrolled.png` });
    await page.getByRole('button', { name: 'Show the 2 empty columns' }).click();
    await expect(grid.getByRole('columnheader', { name: 'Email' })).toHaveCount(1);
  });
}
