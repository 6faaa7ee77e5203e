import type { Browser, Page } from '@playwright/test';
import type { WebServer } from '../src/main/web/serve';

/** A 1400×900 page of web mode with the campaign `campaignFile` opened from the start screen's recent list. */
export async function openBenchCampaign(browser: Browser, web: WebServer, campaignFile: string, timeoutMs: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(timeoutMs);
  // tsx compiles the benches keeping function names through a `__name` helper that the page lacks.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  await page.goto(web.url);
  await page
    .getByRole('list', { name: 'Recent campaigns' })
    .getByRole('button', { name: new RegExp(campaignFile) })
    .click();
  return page;
}
