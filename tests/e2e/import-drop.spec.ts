import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createCampaign, openApp } from './app-page';

/** Drops files on an element as the desktop does: a real drag's dragover and drop, carrying the files' bytes. */
async function dropFiles(page: Page, selector: string, files: { name: string; base64?: string; zeroBytes?: number }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((entries) => {
    // The tests are typed without the DOM: the page's own DataTransfer and File, as the page has them.
    const browser = globalThis as unknown as {
      DataTransfer: new () => { items: { add(file: unknown): void } };
      File: new (parts: Uint8Array[], name: string) => unknown;
      atob(text: string): string;
    };
    const transfer = new browser.DataTransfer();
    for (const entry of entries) {
      const bytes = entry.base64 !== undefined ? Uint8Array.from(browser.atob(entry.base64), (character) => character.charCodeAt(0)) : new Uint8Array(entry.zeroBytes ?? 0);
      transfer.items.add(new browser.File([bytes], entry.name));
    }
    return transfer;
  }, files);
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

function realFile(path: string): { name: string; base64: string } {
  return { name: basename(path), base64: readFileSync(path).toString('base64') };
}

test('a spreadsheet dropped on the window starts the import of the screen’s list, or asks which list it is for', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createCampaign(page, 'states-parties', 'Dropped lists');
  const navigation = page.getByRole('navigation', { name: 'Campaign' });
  await navigation.getByRole('button', { name: 'Signatories' }).click();

  // On the Signatories screen: the mapping step opens with the dropped file.
  await dropFiles(page, 'main', [realFile('tests/fixtures/later-answers/sign-on-list.csv')]);
  const panel = page.getByRole('region', { name: 'Import signatories' });
  await expect(panel).toContainText('sign-on-list.csv');
  await expect(panel.getByLabel('Field for column “Organisation”')).toHaveValue('name');
  await panel.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(panel.locator('.import-summary')).toContainText('3 added');

  // A later version of the list, dropped on the summary: FIDH withdrew, Amnesty said yes after a no and is confirmed by hand.
  await dropFiles(page, 'main', [realFile('tests/fixtures/later-answers/sign-on-list-updated.csv')]);
  await expect(panel).toContainText('sign-on-list-updated.csv');
  await panel.getByRole('button', { name: 'Import 5 rows' }).click();
  const summary = panel.locator('.import-summary');
  await expect(summary).toContainText('1 organisation withdrew (now declined): FIDH (row 5).');
  await expect(summary).toContainText('1 organisation said yes after saying no and stays declined');
  const grid = page.getByRole('grid', { name: 'Signatories' });
  await expect(grid.getByLabel('Status of Amnesty International')).toHaveValue('declined');
  await summary.getByRole('button', { name: 'Confirm Amnesty International' }).click();
  await expect(summary.getByRole('list', { name: 'Said yes after saying no' })).toContainText('Amnesty International (row 6) confirmed');
  await expect(grid.getByLabel('Status of Amnesty International')).toHaveValue('confirmed');
  await expect(grid.getByLabel('Status of FIDH')).toHaveValue('declined');
  await expect(grid.getByLabel('Status of FIDH')).toHaveAttribute('title', 'Declined 2026-11-30: Answered no in "sign-on-list-updated.csv", row 5'.replace('2026-11-30', new Date().toISOString().slice(0, 10)));
  await panel.getByRole('button', { name: 'Done' }).click();

  // On the Letter screen: asked which list; the workbook's sheets come with why each was or was not picked.
  await navigation.getByRole('button', { name: 'Letter' }).click();
  await dropFiles(page, 'h1', [realFile('tests/fixtures/import-corpus/instructions-first.xlsx')]);
  const choice = page.getByRole('dialog', { name: 'Import “instructions-first.xlsx” as…' });
  await choice.getByRole('button', { name: 'Signatories' }).click();
  await expect(choice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Signatories', level: 1 })).toBeVisible();
  const sheets = panel.getByRole('group', { name: 'Sheet' });
  await expect(sheets.getByRole('radio', { name: /^Sign-ons/ })).toBeChecked();
  await expect(sheets).toContainText('3 rows, header found: Organisation, Country, Contact name · looks most like the list');
  await expect(sheets.getByRole('radio', { name: /^Instructions/ })).toHaveAccessibleName(/instructions text, not a list/);
  await sheets.getByRole('radio', { name: /^README/ }).click();
  await expect(sheets.getByRole('radio', { name: /^README/ })).toBeChecked();
  await expect(panel).toContainText('sheet “README”');
  await panel.getByRole('button', { name: 'Close the import' }).click();

  // On the Recipients screen: the recipients' mapping step.
  await navigation.getByRole('button', { name: 'Recipients' }).click();
  await dropFiles(page, 'main', [realFile('tests/fixtures/recipients/geneva-missions.xlsx')]);
  const recipients = page.getByRole('region', { name: 'Import recipients from “geneva-missions.xlsx”' });
  await expect(recipients).toContainText('Sheet “Missions”');
  await recipients.getByRole('button', { name: 'Cancel' }).click();

  // Over the upload limit: refused with the file's name, before it is read or sent.
  await dropFiles(page, 'main', [{ name: 'everyone.csv', zeroBytes: 21 * 1024 * 1024 }]);
  await expect(page.locator('.status-message')).toContainText('“everyone.csv” is 21 MB, over the 20 MB limit for a spreadsheet');
  await expect(page.getByRole('region', { name: /Import recipients/ })).toHaveCount(0);
});
