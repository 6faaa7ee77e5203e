import type { Page } from '@playwright/test';
import { E2E_TOKEN } from '../../playwright.config';

/** Opens web mode the way a person does: the printed address with its token. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(`/?token=${E2E_TOKEN}`);
}

/** Creates a campaign from a template through the start screen. */
export async function createCampaign(page: Page, templateId: string, title: string): Promise<void> {
  await page.locator(`[data-template-id="${templateId}"]`).click();
  await page.getByLabel('Campaign title').fill(title);
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await page.getByRole('navigation', { name: 'Campaign' }).waitFor();
}
