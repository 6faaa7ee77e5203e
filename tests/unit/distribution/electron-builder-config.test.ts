import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { APP_IDENTITY } from '../../../src/main/electron/app-identity';
import { unpackedPath } from '../../../src/main/electron/unpacked-path';
import { CAMPAIGN_EXTENSION } from '../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../src/main/services/campaign/create-campaign';
import { useBuiltExportWorker } from '../../../src/main/services/export/export-worker-entry';
import { ExportWorkerPool } from '../../../src/main/services/export/export-worker-pool';
import { renderPreview } from '../../../src/main/services/export/render-preview';
import { findTemplate } from '../../../src/main/services/templates/templates';
import { useTemporaryFolder } from '../temporary-folder';

const temporaryFolder = useTemporaryFolder();

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration check and names the app as the app does", async () => {
    const config = await getConfig(resolve('.'), null, null);
    await validateConfiguration(config, new DebugLogger(false));
    expect(config.appId).toBe(APP_IDENTITY.appId);
    expect(config.productName).toBe(APP_IDENTITY.productName);
    const [association] = [config.fileAssociations].flat();
    expect(association).toMatchObject({ ext: CAMPAIGN_EXTENSION.slice(1), mimeType: 'application/x-undersigned-campaign' });
    expect(config.linux?.mimeTypes).toContain(association!.mimeType);
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/better-sqlite3/**', 'out/worker/**', 'resources/**']));
  });

  it('has the icons each platform needs, drawn at 1024 pixels and generated from it', () => {
    expect(pngSize('resources/icon.png')).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(`resources/icons/${size}x${size}.png`)).toEqual({ width: size, height: size });
    for (const name of ['icon', 'campaign']) {
      const ico = readFileSync(`resources/${name}.ico`);
      expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
      const icns = readFileSync(`resources/${name}.icns`);
      expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
    }
  });

  it('the export worker renders a letter from the unpacked folder alone, with the fonts found beside it', async () => {
    const installation = temporaryFolder();
    const unpacked = join(installation, 'resources', 'app.asar.unpacked');
    // What asarUnpack puts outside the archive (better-sqlite3 aside, which the worker does not load).
    cpSync('out/worker', join(unpacked, 'out', 'worker'), { recursive: true });
    cpSync('resources', join(unpacked, 'resources'), { recursive: true });
    const inArchive = join(installation, 'resources', 'app.asar', 'out', 'worker', 'export-worker.js');
    const worker = unpackedPath(inArchive);
    expect(worker).toBe(join(unpacked, 'out', 'worker', 'export-worker.js'));

    useBuiltExportWorker(worker);
    const pool = new ExportWorkerPool(1);
    try {
      const campaign = createCampaignFromTemplate(join(installation, 'letter.undersigned'), findTemplate('regional-organizations'), 'Packaged');
      const preview = await renderPreview(campaign.db, null, async (ir) => {
        const result = await pool.run({ kind: 'preview', taskId: 1, ir });
        if (result.kind !== 'rendered') throw new Error(result.kind === 'failed' ? result.message : 'no PDF');
        return result.bytes;
      });
      campaign.db.close();
      const pdf = join(installation, 'preview.pdf');
      writeFileSync(pdf, preview.pdf);
      expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(/SourceSerif4-Regular/);
      expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).length).toBeGreaterThan(200);
    } finally {
      await pool.close();
    }
    expect(existsSync(join(unpacked, 'resources', 'fonts'))).toBe(true);
  });
});
