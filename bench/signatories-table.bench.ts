import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { importSignatories } from '../src/main/services/signatories/import-signatories';
import { findTemplate } from '../src/main/services/templates/templates';
import type { WebServer } from '../src/main/web/serve';
import { buildRenderer } from './build-renderer';
import { startBenchWeb } from './start-bench-web';
import type { BenchResult } from './bench-result';
import { launchBenchChromium } from './launch-bench-chromium';
import { openBenchCampaign } from './open-bench-campaign';
import { signatoryCsv } from './signatory-csv';
import { signatoryRows } from './signatory-rows';

/** Enough spreadsheet rows that, after the 3% exact duplicates merge, the campaign holds more than 10,000 signatories. */
const SPREADSHEET_ROWS = 10_400;
const TOKEN = 'bench-signatories-table';
const CAMPAIGN_FILE = 'scrolling-bench.undersigned';
/** The row height SignatoryTable draws. */
const ROW_HEIGHT_PX = 36;
const SCROLL_MS = 3000;
const WARM_UP_MS = 1000;
/** A brisk flick of the wheel: two and a half new rows come into view every frame. */
const PIXELS_PER_FRAME = 90;
const FRAME_BUDGET_MS = 1000 / 60;

interface ScrollMeasure {
  frameTimes: number[];
  scrollWorkTimes: number[];
  scrolledPixels: number;
  mostRowsInDom: number;
  signatoryRows: number;
}

/** The few browser APIs the in-page measurement uses: this file is type-checked for Node, without the DOM library. */
interface PageElement {
  scrollTop: number;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): { length: number };
  addEventListener(type: 'scroll', listener: () => void, options: { passive: boolean }): void;
  removeEventListener(type: 'scroll', listener: () => void): void;
}
interface PageWindow {
  document: { querySelector(selectors: string): PageElement | null };
  addEventListener(type: 'scroll', listener: () => void, options: { capture: boolean; passive: boolean }): void;
  removeEventListener(type: 'scroll', listener: () => void, options: { capture: boolean }): void;
  requestAnimationFrame(callback: (now: number) => void): number;
}

/**
 * Runs in the page: scrolls the table's scroll container by a fixed step in each animation frame for `durationMs`
 * and records the time between frames, which includes the virtualizer's re-render, style, layout and paint.
 * It also times the work done in each scroll event (the virtualizer re-rendering the rows, synchronously): from a
 * capturing listener on the window, which runs first, to a listener on the table added after the virtualizer's, which runs last.
 */
function scrollAndTimeFrames({ durationMs, pixelsPerFrame }: { durationMs: number; pixelsPerFrame: number }): Promise<ScrollMeasure> {
  const window = globalThis as unknown as PageWindow;
  const frame = window.document.querySelector('.signatory-grid-frame');
  if (!frame) throw new Error('The signatories table is not on the page.');
  const countRows = () => frame.querySelectorAll('.signatory-grid-body [role="row"]').length;
  frame.scrollTop = 0;
  return new Promise((resolve) => {
    const frameTimes: number[] = [];
    const scrollWorkTimes: number[] = [];
    let scrollStart = 0;
    const onScrollStart = () => {
      scrollStart = performance.now();
    };
    const onScrollEnd = () => scrollWorkTimes.push(performance.now() - scrollStart);
    window.addEventListener('scroll', onScrollStart, { capture: true, passive: true });
    frame.addEventListener('scroll', onScrollEnd, { passive: true });
    let mostRowsInDom = countRows();
    let start = 0;
    let previous = 0;
    const step = (now: number) => {
      if (start === 0) start = now;
      // Rounded to the 0.1 ms the page's clock is coarsened to, so that a frame on time reads 16.7, never 16.700000001.
      else frameTimes.push(Math.round((now - previous) * 10) / 10);
      previous = now;
      mostRowsInDom = Math.max(mostRowsInDom, countRows());
      if (now - start >= durationMs) {
        window.removeEventListener('scroll', onScrollStart, { capture: true });
        frame.removeEventListener('scroll', onScrollEnd);
        resolve({
          frameTimes,
          scrollWorkTimes,
          scrolledPixels: frame.scrollTop,
          mostRowsInDom,
          signatoryRows: Number(frame.getAttribute('aria-rowcount')) - 1,
        });
        return;
      }
      frame.scrollTop += pixelsPerFrame;
      window.requestAnimationFrame(step);
    };
    window.requestAnimationFrame(step);
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/** Opens the campaign's Signatories screen in Chromium and scrolls the table: a warm-up, then the measured run. */
async function measureScrolling(browser: Browser, web: WebServer): Promise<ScrollMeasure> {
  const page = await openBenchCampaign(browser, web, CAMPAIGN_FILE, 60_000);
  try {
    await page.getByRole('navigation', { name: 'Campaign' }).getByRole('button', { name: 'Signatories' }).click();
    await page.getByRole('grid', { name: 'Signatories' }).locator('.signatory-grid-body [role="row"]').first().waitFor();
    await page.evaluate(scrollAndTimeFrames, { durationMs: WARM_UP_MS, pixelsPerFrame: PIXELS_PER_FRAME });
    return await page.evaluate(scrollAndTimeFrames, { durationMs: SCROLL_MS, pixelsPerFrame: PIXELS_PER_FRAME });
  } finally {
    await page.close();
  }
}

function scrollingResults(mode: string, measure: ScrollMeasure): BenchResult[] {
  const sorted = [...measure.frameTimes].sort((a, b) => a - b);
  const dropped = measure.frameTimes.reduce((total, time) => total + Math.max(0, Math.round(time / FRAME_BUDGET_MS) - 1), 0);
  const scrollWork = [...measure.scrollWorkTimes].sort((a, b) => a - b);
  const scrolled = `${measure.frameTimes.length} frames over ${(measure.scrolledPixels / ROW_HEIGHT_PX).toFixed(0)} rows at ${PIXELS_PER_FRAME} px per frame`;
  return [
    {
      name: `signatories table, ${mode}: scroll ${measure.signatoryRows.toLocaleString('en')} rows, median frame`,
      medianMs: percentile(sorted, 0.5),
      targetMs: Math.round(FRAME_BUDGET_MS * 10) / 10,
      notes:
        `${scrolled}; ${dropped} frames dropped; re-render per scroll event ${percentile(scrollWork, 0.5).toFixed(1)} ms (median); ` +
        `at most ${measure.mostRowsInDom} row elements in the DOM (virtualized); Chromium, load average ${loadavg()[0]!.toFixed(1)}`,
    },
    {
      name: `signatories table, ${mode}: scroll, 95th-percentile frame`,
      medianMs: percentile(sorted, 0.95),
      notes: `slowest frame ${sorted.at(-1)!.toFixed(1)} ms`,
    },
  ];
}

/**
 * Scrolling the virtualized signatories table with 10,000 rows in web mode, in Debian's Chromium, frame times measured in the page:
 * once on the Vite dev server and once on a production build of the renderer, which is what the desktop app runs.
 */
export async function run(): Promise<BenchResult[]> {
  const environment = process.env.NODE_ENV;
  const workspace = mkdtempSync(join(tmpdir(), 'undersigned-bench-table-'));
  const productionRoot = mkdtempSync(join(tmpdir(), 'undersigned-bench-table-build-'));
  let browser: Browser | undefined;
  let web: WebServer | undefined;
  try {
    const csvPath = join(productionRoot, 'signatories.csv');
    writeFileSync(csvPath, signatoryCsv(signatoryRows(SPREADSHEET_ROWS)));
    const campaign = createCampaignFromTemplate(join(workspace, CAMPAIGN_FILE), findTemplate('states-parties'), 'Scrolling bench');
    try {
      await importSignatories(campaign.db, { source: csvPath });
    } finally {
      campaign.close();
    }
    browser = await launchBenchChromium();
    const results: BenchResult[] = [];
    web = await startBenchWeb(workspace, TOKEN);
    results.push(...scrollingResults('dev server', await measureScrolling(browser, web)));
    await web.close();
    web = undefined;
    await buildRenderer(productionRoot);
    web = await startBenchWeb(workspace, TOKEN, productionRoot);
    results.push(...scrollingResults('production build', await measureScrolling(browser, web)));
    return results;
  } finally {
    await web?.close();
    await browser?.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(productionRoot, { recursive: true, force: true });
    // Vite sets NODE_ENV for its dev server and build; the benches that follow run in this process.
    if (environment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = environment;
  }
}
