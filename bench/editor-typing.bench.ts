import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LetterNode } from '../src/shared/document/letter-document';
import { createCampaignFromTemplate } from '../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../src/main/services/campaign/letters';
import { importSignatories } from '../src/main/services/signatories/import-signatories';
import { findTemplate } from '../src/main/services/templates/templates';
import type { WebServer } from '../src/main/web/serve';
import type { BenchResult } from './bench-result';
import { buildRenderer } from './build-renderer';
import { launchBenchChromium } from './launch-bench-chromium';
import { openBenchCampaign } from './open-bench-campaign';
import { signatoryCsv } from './signatory-csv';
import { signatoryRows } from './signatory-rows';
import { startBenchWeb } from './start-bench-web';

const TOKEN = 'bench-editor-typing';
const CAMPAIGN_FILE = 'typing-bench.undersigned';
const ORGANIZATIONS = 500;
/** With the 500 organisations listed after it, about ten A4 pages at 11 pt. */
const BODY_PARAGRAPHS = 36;
const PARAGRAPH =
  'Regional organizations are often the first to see the warning signs of a crisis, and the best placed to act on them early; ' +
  'their mediation and observation capacities deserve steady support from Member States and from the United Nations system, ' +
  'so that early warning becomes early action and the people most at risk are heard before, not after, the worst has happened.';
const WARM_UP_KEYS = 30;
const MEASURED_KEYS = 600;
const KEY_DELAY_MS = 35;
const FRAME_BUDGET_MS = 16;

/**
 * Installed in the page: for every keydown, the time from the event (its timeStamp, when the key arrived)
 * to just after the next frame was painted (a task queued from the next animation frame runs after that paint).
 */
const RECORD_KEYSTROKE_TO_PAINT = `(() => {
  window.__keystrokeToPaint = [];
  document.addEventListener('keydown', (event) => {
    const arrived = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keystrokeToPaint.push(performance.now() - arrived);
      channel.port2.postMessage(null);
    });
  }, { capture: true });
})()`;

function letterWithLongBody(doc: LetterNode): LetterNode {
  const content = [...(doc.content ?? [])];
  const listAt = content.findIndex((node) => node.type === 'signatoryList');
  const body: LetterNode[] = Array.from({ length: BODY_PARAGRAPHS }, (_, index) => ({
    type: 'paragraph',
    attrs: { textAlign: 'justify' },
    content: [{ type: 'text', text: `${index + 1}. ${PARAGRAPH}` }],
  }));
  content.splice(listAt < 0 ? content.length : listAt, 0, ...body);
  return { ...doc, content };
}

/** The same text as plain paragraphs and a list of names in one contenteditable, at the letter's width and font. */
function bareContentEditable(names: string[]): string {
  const paragraphs = Array.from({ length: BODY_PARAGRAPHS }, (_, index) => `<p>${index + 1}. ${PARAGRAPH}</p>`).join('');
  const list = `<p>${names.map((name) => name.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join(', ')}</p>`;
  return `<!doctype html><html><body style="margin:0;background:#eef1f5"><div contenteditable="true" class="bare" style="width:210mm;margin:28px auto;padding:25mm;background:#fff;font:11pt/1.4 serif;text-align:justify">${paragraphs}${list}</div></body></html>`;
}

async function typeAndMeasure(page: Page, paragraph: ReturnType<Page['locator']>): Promise<number[]> {
  await page.evaluate(RECORD_KEYSTROKE_TO_PAINT);
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type('x'.repeat(WARM_UP_KEYS), { delay: KEY_DELAY_MS });
  await page.evaluate('window.__keystrokeToPaint = []');
  await page.keyboard.type('the quick brown fox jumps over the lazy dog, '.repeat(Math.ceil(MEASURED_KEYS / 45)).slice(0, MEASURED_KEYS), {
    delay: KEY_DELAY_MS,
  });
  // The last keystroke's paint.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))');
  return (await page.evaluate('window.__keystrokeToPaint')) as number[];
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

/**
 * Typing in the letter editor (TipTap, production build of the renderer in Debian's Chromium): a ten-page
 * letter with 500 organisations in its signatory list, keystroke to the next painted frame, against a bare
 * contenteditable holding the same text in the same browser and run.
 */
export async function run(): Promise<BenchResult[]> {
  const environment = process.env.NODE_ENV;
  const workspace = mkdtempSync(join(tmpdir(), 'undersigned-bench-typing-'));
  const productionRoot = mkdtempSync(join(tmpdir(), 'undersigned-bench-typing-build-'));
  let browser: Browser | undefined;
  let web: WebServer | undefined;
  try {
    const rows = signatoryRows(ORGANIZATIONS);
    const csvPath = join(productionRoot, 'signatories.csv');
    writeFileSync(csvPath, signatoryCsv(rows));
    const campaign = createCampaignFromTemplate(join(workspace, CAMPAIGN_FILE), findTemplate('states-parties'), 'Typing bench');
    try {
      await importSignatories(campaign.db, { source: csvPath });
      const letter = getLetter(campaign.db);
      saveLetter(campaign.db, { doc: letterWithLongBody(letter.doc), settings: letter.settings });
    } finally {
      campaign.close();
    }
    await buildRenderer(productionRoot);
    web = await startBenchWeb(workspace, TOKEN, productionRoot);
    // Without vsync and the 60 Hz frame limit, a frame is painted as soon as there is something to paint, so the
    // figure is the work a keystroke causes rather than the wait for the display's next tick (with vsync a bare
    // contenteditable's 95th percentile is already about 20 ms here, and the editor's 1.02× that).
    browser = await launchBenchChromium({ unthrottledFrames: true });

    const page = await openBenchCampaign(browser, web, CAMPAIGN_FILE, 60_000);
    await page.locator('.letter-prose').waitFor();
    const listed = await page.locator('.letter-prose').evaluate((element) => element.textContent?.length ?? 0);
    const editor = (await typeAndMeasure(page, page.locator('.letter-prose p', { hasText: `${BODY_PARAGRAPHS / 2}. Regional` }))).sort(
      (a, b) => a - b,
    );
    const pages = await page
      .locator('.letter-page')
      .evaluate((element) => Math.round(element.getBoundingClientRect().height / ((297 / 25.4) * 96)));
    await page.close();

    const barePage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await barePage.setContent(bareContentEditable(rows.map((row) => row[0]!)));
    const bare = (await typeAndMeasure(barePage, barePage.locator('.bare p').nth(BODY_PARAGRAPHS / 2 - 1))).sort((a, b) => a - b);
    await barePage.close();

    const load = `Chromium, load average ${loadavg()[0]!.toFixed(1)}`;
    return [
      {
        name: `letter editor: keystroke to paint, 95th percentile (about ${pages} pages, ${ORGANIZATIONS} organisations)`,
        medianMs: percentile(editor, 0.95),
        targetMs: FRAME_BUDGET_MS,
        notes: `${editor.length} keystrokes ${KEY_DELAY_MS} ms apart, production build, no vsync; median ${percentile(editor, 0.5).toFixed(1)} ms, slowest ${editor.at(-1)!.toFixed(1)} ms; ${listed.toLocaleString('en')} characters in the editor; ${load}`,
      },
      {
        name: 'bare contenteditable, same text: keystroke to paint, 95th percentile',
        medianMs: percentile(bare, 0.95),
        notes: `median ${percentile(bare, 0.5).toFixed(1)} ms; the editor's 95th percentile is ${(percentile(editor, 0.95) / percentile(bare, 0.95)).toFixed(2)}× this`,
      },
    ];
  } finally {
    await web?.close();
    await browser?.close();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(productionRoot, { recursive: true, force: true });
    if (environment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = environment;
  }
}
