import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../../../src/cli/index';
import { openCampaignFile } from '../../../src/main/services/campaign/campaign-file';
import { getLetter, saveLetter } from '../../../src/main/services/campaign/letters';
import { importSignatories } from '../../../src/main/services/signatories/import-signatories';

export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Opens the campaign, lets `change` read or write it, and closes it again (once a returned promise settles). */
export function withCampaign<T>(path: string, change: (db: ReturnType<typeof openCampaignFile>['db']) => T): T {
  const campaign = openCampaignFile(path);
  let result: T;
  try {
    result = change(campaign.db);
  } catch (error) {
    campaign.close();
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => campaign.close()) as T;
  campaign.close();
  return result;
}

/**
 * A campaign made through the CLI in a fresh folder: the regional-organizations template, the
 * signatories of a real sign-on sheet listed "Name (Country)" by name, the five regional heads as recipients.
 */
export async function createCliCampaign(prefix: string): Promise<{ folder: string; campaignPath: string; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const campaignPath = join(folder, 'asp.undersigned');
  expect((await cli('new', campaignPath, '--template', 'regional-organizations', '--title', 'Letter to ministers')).code).toBe(0);
  const campaign = openCampaignFile(campaignPath);
  try {
    await importSignatories(campaign.db, { source: 'tests/fixtures/signatories/signatories-bom-crlf.csv' });
    const letter = getLetter(campaign.db);
    const list = { type: 'signatoryList', attrs: { statuses: ['confirmed'], format: 'name-country-parentheses', sort: 'name', columns: 1, heading: 'Signatories', showCount: true } };
    saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), list] }, settings: letter.settings });
  } finally {
    campaign.close();
  }
  expect((await cli('import', campaignPath, 'recipients', 'tests/fixtures/recipients/regional-heads.csv', '--json')).code).toBe(0);
  return { folder, campaignPath, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
