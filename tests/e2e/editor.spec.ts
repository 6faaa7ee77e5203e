import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { E2E_TOKEN } from '../../playwright.config';
import { createCampaign, openApp } from './app-page';

/** Screenshots for people to look at; EDITOR_SCREENSHOTS moves them out of a shared test-results folder. */
const SCREENSHOTS = process.env.EDITOR_SCREENSHOTS ?? 'test-results/editor';
const TEMPLATES = ['heads-of-state', 'regional-organizations', 'states-parties', 'open-letter', 'policy-brief'] as const;

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A short Word draft with a heading, a list and a table the import cannot keep as a table. */
function wordDraft(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Draft from Word', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('We write about the coming session.'),
            new Paragraph({ text: 'First ask', bullet: { level: 0 } }),
            new Paragraph({ text: 'Second ask', bullet: { level: 0 } }),
            new Table({ rows: [new TableRow({ children: [cell('Region'), cell('Members')] })] }),
          ],
        },
      ],
    }),
  );
}

const editorText = (page: Page) => page.locator('.letter-prose');
const saveState = (page: Page) => page.getByTestId('save-state');

async function waitForEditor(page: Page): Promise<void> {
  await editorText(page).waitFor();
  await page.evaluate('document.fonts.ready.then(() => undefined)');
}

/** Puts the cursor in the empty paragraph that follows the letter's last block. */
async function goToEnd(page: Page): Promise<void> {
  await editorText(page).locator('> *').last().click();
  await page.keyboard.press('Control+End');
}

async function paste(page: Page, html: string): Promise<void> {
  // A script string: this file is compiled without the DOM library, the page runs it with one.
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/html', ${JSON.stringify(html)});
    data.setData('text/plain', ${JSON.stringify(html.replace(/<[^>]+>/g, ''))});
    document.querySelector('.letter-prose').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

/** Calls the web bridge the way the renderer does, for setting up data another screen would import. */
async function callBridge<Output>(page: Page, name: string, input: unknown): Promise<Output> {
  const result = await page.evaluate(
    async ({ name: callName, input: callInput, token }) => {
      const response = await fetch(`/_bridge/${callName}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-undersigned-token': token },
        body: JSON.stringify(callInput),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    { name, input, token: E2E_TOKEN },
  );
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value as Output;
}

async function reopen(page: Page, title: string): Promise<void> {
  await expect(saveState(page)).toHaveText(/^Saved/);
  await page.reload();
  // A reload keeps the campaign open and reads the letter back from the campaign file.
  await expect(page.locator('.sidebar .campaign-name')).toHaveText(title);
  await waitForEditor(page);
}

for (const templateId of TEMPLATES) {
  test(`a letter from the ${templateId} template opens on its page in the editor`, async ({ page }) => {
    await openApp(page);
    await createCampaign(page, templateId, `Editor ${templateId}`);
    await waitForEditor(page);
    await expect(editorText(page)).toHaveAttribute('contenteditable', 'true');
    const chips = page.locator('.letter-prose .merge-field-chip');
    expect(await chips.count()).toBeGreaterThan(0);
    await expect(chips.first()).not.toContainText('{{');
    await expect(page.getByTestId('word-count')).toContainText(/\d+ words · [\d,]+ characters/);
    // At its real size: the width drawn, divided by the zoom that fits the page beside the open panel.
    const width = await page
      .locator('.letter-page')
      .evaluate(
        (element) =>
          element.getBoundingClientRect().width /
          Number((globalThis as unknown as { getComputedStyle(target: unknown): { zoom: string } }).getComputedStyle(element).zoom || 1),
      );
    expect(Math.abs(width - (210 / 25.4) * 96)).toBeLessThan(2);
    await page.screenshot({ path: `${SCREENSHOTS}/${templateId}.png` });
    await page.locator('.page-canvas').evaluate((canvas) => canvas.scrollTo(0, canvas.scrollHeight));
    await page.screenshot({ path: `${SCREENSHOTS}/${templateId}-end.png` });
  });
}

test('typing, formatting, a {{ field and a signatory list survive a reload; undo takes back typing', async ({ page }) => {
  const title = 'Editor round trip';
  await openApp(page);
  await createCampaign(page, 'open-letter', title);
  await waitForEditor(page);
  const listsBefore = await page.locator('.letter-prose .signatory-list-block').count();
  await page.getByLabel('Letter title').fill('Open letter on the General Assembly debate');

  await goToEnd(page);
  await page.keyboard.type('We stand ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('firmly');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' with ');
  await page.keyboard.type('{{orga');
  await expect(page.getByRole('listbox', { name: 'Merge fields' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Merge fields' }).getByRole('option').first()).toContainText('Recipient organization');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Merge fields' })).toBeHidden();
  await page.keyboard.type('.');
  const lastParagraph = editorText(page)
    .locator('p')
    .filter({ hasText: /^We stand firmly/ });
  await expect(lastParagraph.locator('strong')).toHaveText('firmly');
  await expect(lastParagraph.locator('[data-merge-field="recipient.organization"]')).toHaveText('Recipient organization');
  await expect(lastParagraph).not.toContainText('{{');

  await page.keyboard.press('Enter');
  await page.keyboard.type('Our appeal');
  await page.getByRole('combobox', { name: 'Paragraph style' }).selectOption('h2');
  await page.getByRole('button', { name: 'Centre' }).click();
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: /Link address/ }).fill('example.org/appeal');
  await page.getByRole('button', { name: 'Apply' }).click();
  const appeal = editorText(page).locator('h2', { hasText: 'Our appeal' });
  await expect(appeal).toHaveCSS('text-align', 'center');
  await expect(appeal.locator('a')).toHaveAttribute('href', 'https://example.org/appeal');
  await goToEnd(page);

  await page.getByRole('button', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: 'Signatory list' }).click();
  await expect(page.locator('.letter-prose .signatory-list-block')).toHaveCount(listsBefore + 1);
  await expect(page.locator('.letter-prose .signatory-list-block').last()).toContainText('No confirmed signatories yet');
  await page.screenshot({ path: `${SCREENSHOTS}/round-trip-before-reload.png` });

  await reopen(page, title);
  await expect(page.getByLabel('Letter title')).toHaveValue('Open letter on the General Assembly debate');
  const reloaded = editorText(page)
    .locator('p')
    .filter({ hasText: /^We stand firmly/ });
  await expect(reloaded.locator('strong')).toHaveText('firmly');
  await expect(reloaded.locator('[data-merge-field="recipient.organization"]')).toHaveText('Recipient organization');
  await expect(page.locator('.letter-prose .signatory-list-block')).toHaveCount(listsBefore + 1);
  await expect(editorText(page).locator('h2', { hasText: 'Our appeal' }).locator('a')).toHaveAttribute(
    'href',
    'https://example.org/appeal',
  );
  await expect(editorText(page).locator('h2', { hasText: 'Our appeal' })).toHaveCSS('text-align', 'center');

  await goToEnd(page);
  await page.keyboard.type('A sentence to take back');
  await expect(editorText(page)).toContainText('A sentence to take back');
  await page.keyboard.press('Control+z');
  await expect(editorText(page)).not.toContainText('A sentence to take back');
  await page.keyboard.press('Control+Shift+z');
  await expect(editorText(page)).toContainText('A sentence to take back');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editorText(page)).not.toContainText('A sentence to take back');
});

test('a named version can be opened read-only and restored', async ({ page }) => {
  const title = 'Editor versions';
  await openApp(page);
  await createCampaign(page, 'heads-of-state', title);
  await waitForEditor(page);
  await goToEnd(page);
  await page.keyboard.type('Text of the version as sent.');
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await page.getByLabel('Save the letter as it is now').fill('As sent to the AU');
  await page.getByRole('button', { name: 'Save version' }).click();
  const versions = page.getByRole('list', { name: 'Saved versions' });
  await expect(versions.getByText('As sent to the AU')).toBeVisible();

  await goToEnd(page);
  await page.keyboard.type(' Words added after sending.');
  await expect(saveState(page)).toHaveText(/^Saved/);
  await expect(editorText(page)).toContainText('Words added after sending.');

  await versions.getByRole('listitem').filter({ hasText: 'As sent to the AU' }).getByRole('button', { name: 'Open' }).click();
  const viewer = page.getByRole('region', { name: 'Version As sent to the AU' });
  await expect(viewer).toBeVisible();
  await expect(viewer.locator('.letter-prose')).toHaveAttribute('contenteditable', 'false');
  await expect(viewer.locator('.letter-prose')).toContainText('Text of the version as sent.');
  await expect(viewer.locator('.letter-prose')).not.toContainText('Words added after sending.');
  await page.screenshot({ path: `${SCREENSHOTS}/version-read-only.png` });
  await viewer.getByRole('button', { name: 'Restore this version' }).click();

  await expect(editorText(page).locator('> p', { hasText: 'Text of the version as sent.' })).toHaveText('Text of the version as sent.');
  await expect(editorText(page)).not.toContainText('Words added after sending.');
  await expect(versions.getByText('Before restoring “As sent to the AU”')).toBeVisible();

  await reopen(page, title);
  await expect(editorText(page)).not.toContainText('Words added after sending.');
});

test('paste from Google Docs and Word keeps headings, lists, bold, italic and links, not their styling', async ({ page }) => {
  await openApp(page);
  await createCampaign(page, 'policy-brief', 'Editor paste');
  await waitForEditor(page);

  await goToEnd(page);
  await paste(page, readFileSync('tests/fixtures/editor/google-docs-paste.html', 'utf8'));
  const prose = editorText(page);
  await expect(prose.locator('h2', { hasText: 'Pasted asks' })).toHaveCount(1);
  await expect(prose.locator('strong', { hasText: 'three' })).toHaveCount(1);
  await expect(prose.locator('em', { hasText: 'things' })).toHaveCount(1);
  await expect(prose.locator('a[href="https://example.org/brief"]')).toHaveText('our brief');
  await expect(prose.locator('strong', { hasText: 'We ask for' })).toHaveCount(0);
  const pastedList = prose.locator('ul', { hasText: 'Release the detained defenders' }).first();
  await expect(pastedList.locator('> li')).toHaveCount(2);
  await expect(pastedList.locator('li ul li')).toHaveText('within thirty days');
  expect(await prose.locator('[style*="font-family"], [style*="color"], span[style]:not(.merge-field-chip)').count()).toBe(0);

  await goToEnd(page);
  await paste(page, readFileSync('tests/fixtures/editor/word-paste.html', 'utf8'));
  await expect(prose.locator('strong', { hasText: 'Recommendations' })).toHaveCount(1);
  await expect(prose.locator('em', { hasText: 'working group' })).toHaveCount(1);
  const wordList = prose.locator('ol', { hasText: 'Appoint a focal point' });
  await expect(wordList.locator('> li')).toHaveCount(2);
  await expect(wordList.locator('> li').nth(1)).toHaveText('Publish a national plan');
  await expect(wordList.locator('li ul li')).toHaveText('with a budget');
  await expect(prose).not.toContainText('mso-');

  await wordList.locator('> li').nth(1).click();
  await page.getByRole('button', { name: 'Numbering starts at…' }).click();
  await page.getByRole('spinbutton', { name: 'Numbering starts at' }).fill('4');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(wordList).toHaveAttribute('start', '4');
  await page.screenshot({ path: `${SCREENSHOTS}/paste.png` });
});

test('the signatory list shows the campaign’s signatories live and follows its settings', async ({ page }) => {
  const title = 'Editor signatories';
  await openApp(page);
  await createCampaign(page, 'states-parties', title);
  await waitForEditor(page);
  const entries = await callBridge<{ entryId: string; name: string }[]>(page, 'campaigns.list', {});
  const entry = entries.find((candidate) => candidate.name.includes(title))!;
  const { campaignId } = await callBridge<{ campaignId: string }>(page, 'campaign.open', { entryId: entry.entryId });
  const csv =
    'Organization,Country\nAmnesty International,United Kingdom\nAsociación Pro Derechos Humanos,Peru\nThe Carter Center,United States\nCentre for Human Rights,\n';
  await callBridge(page, 'signatories.import', {
    campaignId,
    file: { fileName: 'signatories.csv', base64: Buffer.from(csv).toString('base64') },
  });

  await page.keyboard.press('Control+2');
  await page.keyboard.press('Control+1');
  await waitForEditor(page);
  const list = page.locator('.letter-prose .signatory-list-block');
  await expect(list.locator('.signatory-list-heading')).toHaveText('Undersigned organizations');
  await expect(list.locator('.signatory-list-entry')).toHaveText([
    'Amnesty International (United Kingdom)',
    'Asociación Pro Derechos Humanos (Peru)',
    'The Carter Center (United States)',
    'Centre for Human Rights',
  ]);
  await expect(list.locator('.signatory-list-count')).toHaveText('4 organizations');
  await list.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/signatory-list.png` });

  await list.hover();
  await list.getByRole('button', { name: 'List settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Signatory list settings' });
  await settings.getByLabel('Format').selectOption('name-only');
  await settings.getByLabel('Order').selectOption('country');
  await settings.getByLabel('Columns').selectOption('1');
  await settings.getByLabel('Heading').fill('Signed by');
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(list.locator('.signatory-list-heading')).toHaveText('Signed by');
  // By country (Peru, United Kingdom, United States), the one without a country last.
  await expect(list.locator('.signatory-list-entry')).toHaveText([
    'Asociación Pro Derechos Humanos',
    'Amnesty International',
    'The Carter Center',
    'Centre for Human Rights',
  ]);
  await expect(list.locator('.signatory-list-entries')).toHaveCSS('column-count', '1');

  await list.hover();
  await list.getByRole('button', { name: 'Remove' }).click();
  await expect(page.locator('.letter-prose .signatory-list-block')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.letter-prose .signatory-list-block .signatory-list-heading')).toHaveText('Signed by');

  await reopen(page, title);
  await expect(page.locator('.letter-prose .signatory-list-block .signatory-list-heading')).toHaveText('Signed by');
});

test('page settings, a letterhead logo, a .docx import and "Save as template" all reach the campaign file', async ({ page }) => {
  const title = 'Editor page settings';
  await openApp(page);
  await createCampaign(page, 'regional-organizations', title);
  await waitForEditor(page);

  await page.getByRole('button', { name: 'Page settings' }).click();
  const panel = page.getByRole('complementary', { name: 'Page settings' });
  await panel.getByLabel('Paper size').selectOption('letter');
  await panel.getByRole('combobox', { name: /^Font/ }).selectOption('sans');
  await panel.getByLabel('Left').fill('30');
  await panel.getByLabel('Letter language').selectOption('fr');
  await panel.getByLabel('Print a letterhead').check();
  await panel.getByLabel('Organization').fill('Coalition pour la prévention');
  await panel.getByLabel('Address lines').fill('12 rue de la Paix\n75002 Paris');
  await panel.getByLabel('Coalition').fill('Coalition pour la prévention des atrocités');
  await panel.getByLabel('Sent from').selectOption('FR');
  await panel.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await expect(page.getByRole('img', { name: 'Letterhead logo' })).toBeVisible();
  await expect(page.locator('.letterhead-organization')).toHaveText('Coalition pour la prévention');
  // At its real size: the width drawn, divided by the zoom that fits the page beside the open panel.
  const width = await page
    .locator('.letter-page')
    .evaluate(
      (element) =>
        element.getBoundingClientRect().width /
        Number((globalThis as unknown as { getComputedStyle(target: unknown): { zoom: string } }).getComputedStyle(element).zoom || 1),
    );
  expect(Math.abs(width - (215.9 / 25.4) * 96)).toBeLessThan(2);
  await expect(page.locator('.letter-page')).toHaveCSS('font-family', /Source Sans 3/);
  await expect(page.locator('.date-line-text')).toContainText(/, le \d{1,2} \p{L}+ \d{4}/u);
  await page.screenshot({ path: `${SCREENSHOTS}/page-settings.png` });

  await reopen(page, title);
  await expect(page.locator('.letterhead-organization')).toHaveText('Coalition pour la prévention');
  await expect(page.getByRole('img', { name: 'Letterhead logo' })).toBeVisible();
  expect(
    Math.abs((await page.locator('.letter-page').evaluate((element) => element.getBoundingClientRect().width)) - (215.9 / 25.4) * 96),
  ).toBeLessThan(2);
  await page.getByRole('button', { name: 'Page settings' }).click();
  await expect(panel.getByLabel('Coalition')).toHaveValue('Coalition pour la prévention des atrocités');
  await expect(panel.getByLabel('Sent from')).toHaveValue('FR');
  await expect(panel.getByLabel('Sent from').locator('option:checked')).toHaveText('France');
  await page.getByRole('button', { name: 'Close page settings' }).click();

  await page.locator('.letter-actions input[type="file"]').setInputFiles({
    name: 'draft.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await wordDraft(),
  });
  const report = page.getByRole('status').filter({ hasText: 'Imported “draft.docx”' });
  await expect(report).toContainText('1 table');
  await expect(editorText(page).locator('h1')).toHaveText('Draft from Word');
  await expect(editorText(page).locator('li')).toHaveText(['First ask', 'Second ask']);
  await page.screenshot({ path: `${SCREENSHOTS}/docx-import.png` });
  await page.getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved versions' })).toContainText('Before importing “draft.docx”');

  await page.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByLabel('Template name').fill('Our imported draft');
  await page.getByLabel('One-line description').fill('The Word draft, with our letterhead.');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.locator('.status-message')).toContainText('Saved as the template “Our imported draft”');
  await page.getByRole('button', { name: 'Close campaign' }).click();
  await expect(page.locator('[data-template-id="user-our-imported-draft"]')).toContainText('The Word draft, with our letterhead.');
});

test('field chips turn from warning to normal once recipients fill them, and imported columns are offered as fields', async ({ page }) => {
  const title = 'Editor recipient fields';
  await openApp(page);
  await createCampaign(page, 'regional-organizations', title);
  await waitForEditor(page);
  const titleChip = page.locator('.letter-prose [data-merge-field="recipient.title"]').first();
  await expect(titleChip).toHaveClass(/merge-field-missing/);

  const entries = await callBridge<{ entryId: string; name: string }[]>(page, 'campaigns.list', {});
  const { campaignId } = await callBridge<{ campaignId: string }>(page, 'campaign.open', {
    entryId: entries.find((candidate) => candidate.name.includes(title))!.entryId,
  });
  const csv =
    'Organization,Title,Name,Focal point\nAfrican Union,Chairperson of the Commission,Jane Doe,Peace and Security Department\nEconomic Community of West African States,President of the Commission,John Roe,Political Affairs\n';
  await callBridge(page, 'recipients.import', {
    campaignId,
    fileName: 'organizations.csv',
    bytesBase64: Buffer.from(csv).toString('base64'),
  });

  await page.keyboard.press('Control+3');
  await page.keyboard.press('Control+1');
  await waitForEditor(page);
  await expect(page.locator('.letter-prose [data-merge-field="recipient.title"]').first()).not.toHaveClass(/merge-field-missing/);
  await expect(page.locator('.letter-prose [data-merge-field="recipient.address"]').first()).toHaveClass(/merge-field-missing/);

  await page.getByRole('button', { name: 'Fields' }).click();
  await expect(page.getByRole('menuitem', { name: /Recipient Focal point/ })).toContainText('Peace and Security Department');
  await page.keyboard.press('Escape');

  await goToEnd(page);
  await page.keyboard.type('Copy to {{focal');
  const suggestions = page.getByRole('listbox', { name: 'Merge fields' });
  await expect(suggestions.getByRole('option').first()).toContainText('Recipient Focal point');
  await page.keyboard.press('Enter');
  const copyLine = editorText(page).locator('> p', { hasText: 'Copy to' });
  await expect(copyLine).toHaveCount(1);
  await expect(page.locator('.letter-prose .signature-block')).toHaveCount(1);
  await expect(copyLine.locator('[data-merge-field="recipient.extra.Focal point"]')).toHaveText('Recipient Focal point');

  const addressChip = page.locator('.letter-prose [data-merge-field="recipient.address"]').first();
  await addressChip.click();
  const fieldSettings = page.getByRole('dialog', { name: 'Merge field' });
  await fieldSettings.getByLabel('When a recipient has none, write').fill('Addis Ababa');
  await expect(page.locator('.letter-prose [data-merge-field="recipient.address | default: \\"Addis Ababa\\""]')).toContainText(
    'Recipient address or “Addis Ababa”',
  );
  await expect(page.locator('.letter-prose [data-merge-field^="recipient.address"]').first()).not.toHaveClass(/merge-field-missing/);
  await page.screenshot({ path: `${SCREENSHOTS}/recipient-fields.png` });
  await fieldSettings.getByRole('button', { name: 'Done' }).click();
  await expect(fieldSettings).toBeHidden();
});

test('a new campaign can start from a Word letter, with what could not be kept listed', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Campaign title').fill('Editor from Word');
  await page.locator('.start-from-docx input[type="file"]').setInputFiles({
    name: 'coalition-draft.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await wordDraft(),
  });
  await waitForEditor(page);
  await expect(page.locator('.sidebar .campaign-name')).toHaveText('Editor from Word');
  await expect(editorText(page).locator('h1')).toHaveText('Draft from Word');
  const report = page.getByRole('status').filter({ hasText: 'Imported “coalition-draft.docx”' });
  await expect(report).toContainText('1 table: the text of each cell was kept as a paragraph');
  await expect(report).not.toContainText('kept as the version');
  await page.screenshot({ path: `${SCREENSHOTS}/new-campaign-from-docx.png` });
});
