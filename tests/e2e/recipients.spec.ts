import { expect, test } from '@playwright/test';
import { createCampaign, openApp } from './app-page';

test('a recipient file whose headers are not recognised goes through the mapping step, and the chosen mapping is what is imported', async ({
  page,
}) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Recipient mapping');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Recipients' }).click();

  await page.getByLabel('Import CSV, XLSX or ODS…').setInputFiles('tests/fixtures/recipients/embassy-contacts.csv');
  const panel = page.getByRole('region', { name: 'Import recipients from “embassy-contacts.csv”' });
  await expect(panel).toContainText('header in row 1');
  await expect(panel).not.toContainText('--map');
  await expect(panel.getByLabel('Field for column “Country”')).toHaveValue('country');
  await expect(panel.getByLabel('Field for column “Head of mission”')).toHaveValue('');
  await expect(panel.getByRole('cell', { name: 'Sra. Carolina Vidal' })).toBeVisible();
  await expect(page.getByLabel('Name of Amb. Wanjiru Kamau, Kenya')).toHaveCount(0);

  await panel.getByLabel('Field for column “Head of mission”').selectOption('name');
  await panel.getByLabel('Field for column “Designation”').selectOption('title');
  await panel.getByLabel('Field for column “Opening line”').selectOption('salutation');
  await panel.getByRole('button', { name: 'Import 3 recipients' }).click();

  await expect(panel).toHaveCount(0);
  await expect(page.locator('.status-message')).toContainText('Imported 3 recipients from “embassy-contacts.csv”');
  await expect(page.getByLabel('Title of Sra. Carolina Vidal, Chile')).toHaveValue('Ambassador of Chile');
  await expect(page.getByLabel('Salutation of Sra. Carolina Vidal, Chile')).toHaveValue('Excelentísima Señora Embajadora');
  await expect(page.getByRole('row', { name: /Sra\. Carolina Vidal/ })).toContainText('Desk officer: Diego Rojas');

  // A workbook: the list's sheet is chosen, its header found under a title row; a column taken by another field moves.
  await page.getByLabel('Import CSV, XLSX or ODS…').setInputFiles('tests/fixtures/recipients/geneva-missions.xlsx');
  const workbook = page.getByRole('region', { name: 'Import recipients from “geneva-missions.xlsx”' });
  await expect(workbook).toContainText('Sheet “Missions”');
  await expect(workbook).toContainText('header in row 3');
  // The sheet picker says why each sheet was or was not picked.
  const sheets = workbook.getByRole('group', { name: 'Sheet' });
  await expect(sheets.getByRole('radio', { name: /^Missions/ })).toBeChecked();
  await expect(sheets.getByText('Read me')).toBeVisible();
  await expect(sheets).toContainText('instructions text, not a list');
  await expect(sheets).toContainText('2 rows, header found: State, Greeting (no name column) · looks most like the list');
  await workbook.getByLabel('Field for column “Permanent Representative”').selectOption('name');
  await workbook.getByLabel('Field for column “Post”').selectOption('salutation');
  await expect(workbook.getByLabel('Field for column “Greeting”')).toHaveValue('');
  await workbook.getByLabel('Field for column “Post”').selectOption('title');
  await workbook.getByLabel('Field for column “Greeting”').selectOption('salutation');
  await workbook.getByRole('button', { name: 'Import 2 recipients' }).click();
  await expect(page.getByLabel('Title of Ms. Ingrid Solberg, Norway')).toHaveValue('Permanent Representative of Norway');
  await expect(page.getByLabel('Salutation of Ms. Ingrid Solberg, Norway')).toHaveValue('Dear Ambassador');
  await expect(page.getByRole('list', { name: 'Recipient lists' })).toContainText('geneva-missions.xlsx');
});

test('a bundled set that lacks fields the letter needs: the screen says which, for how many, and fills them', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  // The regional template writes to named people in organisations: a set of countries fills none of that.
  await createCampaign(page, 'regional-organizations', 'Preset gaps');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Recipients' }).click();
  await page.getByLabel('Bundled recipient set').selectOption('un-member-states');
  await page.getByRole('button', { name: 'Add set' }).click();

  const needed = page.getByRole('region', { name: 'To fill before export' });
  await expect(needed.getByRole('listitem')).toHaveText([
    /^Name: missing for all 193 included recipients/,
    /^Title: missing for all 193 included recipients/,
    /^Organization: missing for all 193 included recipients/,
    /^Address: missing for all 193 included recipients/,
  ]);

  await needed.getByRole('button', { name: 'Fill title for these 193…' }).click();
  await expect(page.getByLabel('Value to fill')).toBeFocused();
  await expect(page.getByLabel('Value to fill')).toHaveValue('Minister for Foreign Affairs');
  await expect(page.getByLabel('Column to fill')).toHaveValue('title');
  await page.getByRole('button', { name: 'Fill 193 selected' }).click();
  await expect(page.locator('.status-message')).toContainText('Filled “Title” for 193 recipients.');
  await expect(page.getByLabel('Title of Kenya')).toHaveValue('Minister for Foreign Affairs');
  await expect(needed.getByRole('listitem')).toHaveCount(3);

  // Names differ per recipient: show only those without one, and fill them in the table.
  await page.getByLabel('Include Afghanistan').click();
  await expect(page.getByLabel('Include Afghanistan')).not.toBeChecked();
  await expect(needed.getByRole('listitem').first()).toHaveText(/^Name: missing for all 192 included recipients/);
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('button', { name: 'Exclude' }).click();
  await page.getByLabel('Include Kenya').click();
  await expect(page.getByLabel('Include Kenya')).toBeChecked();
  await expect(needed.getByRole('listitem').first()).toHaveText(/^Name: missing for all 1 included recipient/);
  await needed.getByRole('button', { name: 'Show only this recipient' }).first().click();
  await expect(page.locator('.recipients-table tbody tr')).toHaveCount(1);
  await page.getByLabel('Name of Kenya').fill('Musalia Mudavadi');
  await page.getByLabel('Name of Kenya').press('Tab');
  await expect(needed.getByRole('listitem')).toHaveText([/^Organization: missing for all 1 included recipient/, /^Address: missing/]);
});

test('a recipient file whose first row names no known column: the step asks whether it is a header, and a row of titles is never imported unseen', async ({
  page,
}) => {
  await openApp(page);
  await createCampaign(page, 'regional-organizations', 'Recipient header question');
  await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Recipients' }).click();

  await page.getByLabel('Import CSV, XLSX or ODS…').setInputFiles('tests/fixtures/recipients/focal-points.csv');
  const panel = page.getByRole('region', { name: 'Import recipients from “focal-points.csv”' });
  const question = panel.getByRole('group', { name: 'Is the first row a header?' });
  await expect(question).toContainText('Row 1: “Delegation”, “Focal point”, “Contact”, “Direct line”');
  // Labels above countries, e-mail addresses and phone numbers: yes by default.
  await expect(question.getByRole('radio', { name: /^Yes/ })).toBeChecked();
  await expect(panel.getByRole('button', { name: 'Import 3 recipients' })).toBeDisabled();
  await panel.screenshot({ path: 'test-results/screenshots/recipient-header-question.png' });

  await question.getByRole('radio', { name: /^No/ }).check();
  await expect(panel.getByRole('cell', { name: 'Focal point', exact: true })).toBeVisible();
  await expect(panel.getByLabel('Field for column “Column 2”')).toBeVisible();
  await question.getByRole('radio', { name: /^Yes/ }).check();
  await expect(panel.getByRole('cell', { name: 'Focal point', exact: true })).toHaveCount(0);

  await panel.getByLabel('Field for column “Delegation”').selectOption('country');
  await panel.getByLabel('Field for column “Focal point”').selectOption('name');
  await panel.getByLabel('Field for column “Contact”').selectOption('email');
  await panel.getByRole('button', { name: 'Import 3 recipients' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.status-message')).toContainText('Imported 3 recipients from “focal-points.csv”');
  await expect(page.getByLabel('Name of Sra. Lucía Pereira, Uruguay')).toHaveValue('Sra. Lucía Pereira');
  await expect(page.getByRole('row', { name: /Focal point/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Ms\. Achieng Odhiambo/ })).toContainText('Direct line: +254 20 318 888');

  // The same list without its titles: its first row is a country and an address, so it is data.
  await page.getByLabel('Import CSV, XLSX or ODS…').setInputFiles('tests/fixtures/recipients/focal-points-no-header.csv');
  const headerless = page.getByRole('region', { name: 'Import recipients from “focal-points-no-header.csv”' });
  await expect(headerless.getByRole('group', { name: 'Is the first row a header?' }).getByRole('radio', { name: /^No/ })).toBeChecked();
  await expect(headerless.getByRole('cell', { name: 'Ms. Achieng Odhiambo' })).toBeVisible();
  await headerless.getByLabel('Field for column “Column 1”').selectOption('country');
  await expect(headerless.getByRole('button', { name: 'Import 3 recipients' })).toBeEnabled();
});
