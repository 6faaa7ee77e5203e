import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

test('an unrecognised file opens the mapping table with its columns; a header-only or empty file says there are no rows to import', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'open-letter', 'Import dead ends');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
  await page.getByRole('button', { name: 'Import or paste…' }).click();

  await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/no-organization-column.csv');
  await expect(page.getByRole('status').filter({ hasText: 'No column was recognised' })).toBeVisible();
  await expect(page.getByText('--map')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Map a column to Organization first' })).toBeDisabled();
  // No title is recognised, but "Colour, Size, Weight" sit above numbers: the step asks, answering yes for them.
  const question = page.getByRole('group', { name: 'Is the first row a header?' });
  await expect(question).toContainText('Row 1: “Colour”, “Size”, “Weight”');
  await expect(question.getByRole('radio', { name: /^Yes/ })).toBeChecked();
  await page.screenshot({ path: 'test-results/screenshots/import-unrecognised.png' });
  await page.getByLabel('Field for column “Colour”').selectOption('name');
  await expect(page.getByRole('button', { name: 'Import 2 rows' })).toBeEnabled();
  await question.getByRole('radio', { name: /^No/ }).check();
  await expect(page.getByRole('cell', { name: 'Colour', exact: true })).toBeVisible();
  await page.getByLabel('Field for column “Column 1”').selectOption('name');
  await expect(page.getByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
  await question.getByRole('radio', { name: /^Yes/ }).check();
  await page.getByLabel('Field for column “Colour”').selectOption('name');
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 added' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: /Colour/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import or paste…' }).click();

  await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/header-only.csv');
  await expect(page.getByRole('status').filter({ hasText: 'No rows to import' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'No rows to import' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /Import 0/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Choose another file' }).click();
  await page.getByLabel('Spreadsheet to import').setInputFiles('tests/fixtures/signatories/empty.csv');
  await expect(page.getByRole('alert')).toHaveText('"empty.csv" is empty. No rows to import.');
});
