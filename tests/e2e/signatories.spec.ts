import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

const SCREENSHOTS = 'test-results/screenshots';

test('import through the mapping step, merge a suggested duplicate, withdraw one, and the letter’s list follows', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'states-parties', 'Signatories end to end');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  await expect(page.getByRole('heading', { name: 'Signatories', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Import or paste…' }).click();
  await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/signatories-bom-crlf.csv');
  await expect(page.getByText('header in row 1')).toBeVisible();
  await expect(page.getByLabel('Field for column “Organization”')).toHaveValue('name');
  await expect(page.getByLabel('Field for column “Country”')).toHaveValue('country');
  await expect(page.getByLabel('Field for column “Notes”')).toHaveValue('');
  await page.getByLabel('Field for column “Contact”').selectOption('');
  await page.screenshot({ path: `${SCREENSHOTS}/signatories-mapping.png` });
  await page.getByRole('button', { name: /^Import 14 rows$/ }).click();
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('11 added, 2 merged into existing signatories, 2 possible duplicates to review');
  await expect(summary).toContainText('row 15: no organization name');

  await summary.getByRole('button', { name: 'Review 2 possible duplicates' }).click();
  const review = page.getByRole('region', { name: /Possible duplicates/ });
  const firstPair = review.locator('.suggestion-pair').first();
  await expect(firstPair).toContainText('Human Right Watch');
  await expect(firstPair).toContainText('signatories-bom-crlf.csv, row 3');
  await page.screenshot({ path: `${SCREENSHOTS}/signatories-review.png` });
  await firstPair.getByRole('button', { name: 'Merge, keeping “Human Rights Watch”' }).click();
  await expect(review.locator('.suggestion-pair')).toHaveCount(1);
  await review.getByRole('button', { name: 'Different organizations' }).click();
  await expect(review).toContainText('No possible duplicates left.');
  await review.getByRole('button', { name: 'Close' }).click();

  const grid = page.getByRole('grid', { name: 'Signatories' });
  await expect(grid.getByRole('row')).toHaveCount(11);
  await grid.getByLabel('Status of International Commission of Jurists – Norway').selectOption('withdrawn');
  await expect(grid.getByLabel('Status of International Commission of Jurists – Norway')).toHaveValue('withdrawn');
  const note = page.getByRole('form', { name: 'Withdrawal details' });
  await note.getByLabel('Reason for the withdrawal').fill('Board decision');
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(note).toHaveCount(0);
  await expect(grid.getByLabel('Status of International Commission of Jurists – Norway')).toHaveAttribute('title', /Board decision/);
  await page.getByLabel('Search signatories').fill('jurists');
  await expect(grid.getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: `${SCREENSHOTS}/signatories-table.png` });
  await page.getByLabel('Search signatories').fill('');
  const letterOrder = page.locator('.letter-order');
  await letterOrder.locator('summary').click();
  await expect(letterOrder.locator('li', { hasText: 'International Commission of Jurists – Kenya' })).toHaveCount(1);
  await expect(letterOrder.locator('li', { hasText: 'Norway' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Letter' }).click();
  const list = page.locator('.letter-prose .signatory-list-block');
  await expect(list.locator('.signatory-list-entry', { hasText: 'International Commission of Jurists – Kenya' })).toHaveCount(1);
  await expect(list.locator('.signatory-list-entry', { hasText: 'Norway' })).toHaveCount(0);
  await expect(list.locator('.signatory-list-entry', { hasText: 'Human Right Watch' })).toHaveCount(0);
  await expect(list.locator('.signatory-list-entry', { hasText: 'Human Rights Watch (United States)' })).toHaveCount(1);
});

test('rows pasted from a spreadsheet go through the same mapping, and one is added by hand', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'states-parties', 'Signatories pasted');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  await page.getByRole('button', { name: 'Import or paste…' }).click();
  await page
    .getByLabel('Or paste rows copied from a spreadsheet (with their header row)')
    .fill('Organisation\tPays\nLigue des droits de l’homme\tFrance\nAct for Peace (Australia)\t\n');
  await page.getByRole('button', { name: 'Read pasted rows' }).click();
  await expect(page.getByLabel('Field for column “Organisation”')).toHaveValue('name');
  await expect(page.getByLabel('Field for column “Pays”')).toHaveValue('country');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.locator('.import-summary')).toContainText('pasted rows.tsv: 2 added');
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByLabel('New organization’s name').fill('Genocide Alert');
  await page.getByLabel('Its country').fill('Deutschland');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Signatories' });
  await expect(grid.getByRole('row')).toHaveCount(4);
  await expect(grid.getByRole('button', { name: 'Country: Deutschland (DE). Edit' })).toBeVisible();
  await page.getByLabel('New organization’s name').fill('The Ligue des Droits de l’Homme');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is already in the list as “Ligue des droits de l’homme”');
});
