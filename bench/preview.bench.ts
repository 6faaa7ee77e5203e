import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { addPresetRecipients } from '../src/main/services/recipients/add-preset-recipients';
import { importSignatories } from '../src/main/services/signatories/import-signatories';
import { findTemplate } from '../src/main/services/templates/templates';
import { startWebServer, type WebServer } from '../src/main/web/serve';
import type { BenchResult } from './bench-result';
import { launchBenchChromium } from './launch-bench-chromium';
import { openBenchCampaign } from './open-bench-campaign';
import { signatoryCsv } from './signatory-csv';
import { signatoryRows } from './signatory-rows';

const TOKEN = 'bench-preview';
const CAMPAIGN_FILE = 'preview-bench.undersigned';
/** Rows that leave about 500 confirmed organizations once duplicates merge and pending ones are left out. */
const SPREADSHEET_ROWS = 575;
const WARM_UP = 2;
const MEASURED = 8;

interface PreviewTiming {
  firstPageMs: number;
  allPagesMs: number;
  pages: number;
}

/** The few browser APIs the in-page measurement uses: this file is type-checked for Node, without the DOM library. */
interface PageElement {
  getAttribute(name: string): string | null;
  click(): void;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): { length: number };
}
interface PageWindow {
  document: { querySelector(selectors: string): PageElement | null };
  requestAnimationFrame(callback: (now: number) => void): number;
}

/**
 * Runs in the page: shows the next recipient's letter and times, frame by frame, until its first page is on screen
 * and until every page is drawn (the pages' container then says how many there are).
 */
function nextRecipientTimed(): Promise<PreviewTiming> {
  const window = globalThis as unknown as PageWindow;
  const pagesOf = () => window.document.querySelector('[data-testid="pdf-pages"]');
  const firstLabel = () => pagesOf()?.querySelector('canvas')?.getAttribute('aria-label') ?? '';
  const before = firstLabel();
  const next = window.document.querySelector('button[aria-label="Next recipient"]');
  if (!next) throw new Error('The preview has no "Next recipient" button.');
  const start = performance.now();
  next.click();
  return new Promise((resolve) => {
    let firstPageMs = 0;
    const step = (now: number) => {
      const label = firstLabel();
      if (label !== before && firstPageMs === 0) firstPageMs = now - start;
      const pages = Number(pagesOf()?.getAttribute('data-pages') ?? 0);
      if (firstPageMs > 0 && pages > 0 && pagesOf()!.querySelectorAll('canvas').length === pages) {
        resolve({ firstPageMs, allPagesMs: now - start, pages });
        return;
      }
      window.requestAnimationFrame(step);
    };
    window.requestAnimationFrame(step);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The Preview tab in Chromium (web mode, Vite dev server) for a letter whose signatory list of about 500
 * organizations runs to some ten pages: time from "Next recipient" to the new letter's first page on screen, and to
 * all its pages, in the same runs (warm workers: the preview was shown before).
 */
export async function run(): Promise<BenchResult[]> {
  const environment = process.env.NODE_ENV;
  const workspace = mkdtempSync(join(tmpdir(), 'undersigned-bench-preview-'));
  let browser: Browser | undefined;
  let web: WebServer | undefined;
  try {
    const csvPath = join(workspace, 'signatories.csv');
    writeFileSync(csvPath, signatoryCsv(signatoryRows(SPREADSHEET_ROWS)));
    const campaign = createCampaignFromTemplate(join(workspace, CAMPAIGN_FILE), findTemplate('states-parties'), 'Preview bench');
    let confirmed: number;
    try {
      await importSignatories(campaign.db, { source: csvPath });
      addPresetRecipients(campaign.db, 'regional-organizations');
      confirmed = (campaign.db.prepare("SELECT COUNT(*) AS count FROM signatories WHERE status = 'confirmed'").get() as { count: number })
        .count;
    } finally {
      campaign.close();
    }
    browser = await launchBenchChromium();
    web = await startWebServer({ workspace, port: 0, built: false, token: TOKEN });
    const page = await openBenchCampaign(browser, web, CAMPAIGN_FILE, 120_000);
    await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Export' }).click();
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.locator('[data-testid="pdf-pages"][data-pages]').waitFor();
    const timings: PreviewTiming[] = [];
    for (let index = 0; index < WARM_UP + MEASURED; index += 1) {
      const timing = await page.evaluate(nextRecipientTimed);
      if (index >= WARM_UP) timings.push(timing);
    }
    const firstPage = median(timings.map((timing) => timing.firstPageMs));
    const allPages = median(timings.map((timing) => timing.allPagesMs));
    const pages = timings[0]!.pages;
    const context = `${pages}-page letter, ${confirmed} confirmed organizations listed; ${MEASURED} recipients after ${WARM_UP} warm-up; Chromium, Vite dev server, load average ${loadavg()[0]!.toFixed(1)}`;
    return [
      {
        name: `preview: time to the first page (${pages} pages, ${confirmed} organizations)`,
        medianMs: firstPage,
        targetMs: 1000,
        notes: context,
      },
      {
        name: 'preview: time to every page, same runs',
        medianMs: allPages,
        notes: `first page shown at ${((firstPage / allPages) * 100).toFixed(0)}% of the full render time`,
      },
    ];
  } finally {
    await web?.close();
    await browser?.close();
    rmSync(workspace, { recursive: true, force: true });
    // Vite sets NODE_ENV for its dev server; the benches that follow run in this process.
    if (environment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = environment;
  }
}
