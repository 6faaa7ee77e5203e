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
