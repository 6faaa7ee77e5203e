// Renders the icon drawn in app-icon-svg.js with Debian's chromium (through Playwright) into every size the
// installers need: resources/icon.png (1024) and icon.svg, resources/icons/<n>x<n>.png (Linux), icon.ico
// (Windows), icon.icns (macOS), and the campaign file's icons (campaign.png/.ico/.icns). Run: npm run icons.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { appIconSvg } from './app-icon-svg.js';

const resources = join(dirname(dirname(dirname(fileURLToPath(import.meta.url)))), 'resources');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG-carrying icon types by pixel size.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** An .ico file whose images are PNGs (Windows Vista and later). */
function icoFile(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, bytes }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(bytes.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += bytes.length;
  });
  return Buffer.concat([header, ...pngs.map((png) => png.bytes)]);
}

/** An .icns file of PNG images. */
function icnsFile(pngs) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const bytes = pngs.find((png) => png.size === size).bytes;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(bytes.length + 8, 4);
    return Buffer.concat([head, bytes]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((total, chunk) => total + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

async function renderSizes(page, svg, sizes) {
  const pngs = [];
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block;width:${size}px;height:${size}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
    await page.locator('img').evaluate((image) => image.decode());
    pngs.push({ size, bytes: await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }) });
  }
  return pngs;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])].sort((a, b) => a - b);
  const app = await renderSizes(page, appIconSvg(), sizes);
  const campaign = await renderSizes(page, appIconSvg({ document: true }), sizes);
  const pick = (pngs, wanted) => wanted.map((size) => pngs.find((png) => png.size === size));

  mkdirSync(join(resources, 'icons'), { recursive: true });
  writeFileSync(join(resources, 'icon.svg'), appIconSvg());
  writeFileSync(join(resources, 'icon.png'), app.find((png) => png.size === 1024).bytes);
  for (const png of pick(app, LINUX_SIZES)) writeFileSync(join(resources, 'icons', `${png.size}x${png.size}.png`), png.bytes);
  writeFileSync(join(resources, 'icon.ico'), icoFile(pick(app, ICO_SIZES)));
  writeFileSync(join(resources, 'icon.icns'), icnsFile(app));
  writeFileSync(join(resources, 'campaign.png'), campaign.find((png) => png.size === 512).bytes);
  writeFileSync(join(resources, 'campaign.ico'), icoFile(pick(campaign, ICO_SIZES)));
  writeFileSync(join(resources, 'campaign.icns'), icnsFile(campaign));
  console.log(`Icons written in ${resources}`);
} finally {
  await browser.close();
}
