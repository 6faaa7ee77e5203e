import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addLogoAsset } from '../../../../../../src/main/services/assets/letter-assets';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../../src/main/services/campaign/letters';
import { loadMergeInputs, localIsoDate } from '../../../../../../src/main/services/export/load-merge-inputs';
import { readImageSize } from '../../../../../../src/main/services/export/read-image-size';
import { renderPreview } from '../../../../../../src/main/services/export/render-preview';
import { importRecipients } from '../../../../../../src/main/services/recipients/import-recipients';
import { listRecipients } from '../../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';

const LOGO = readFileSync('tests/fixtures/docx/letterhead-logo.png');
let folder: string;
let campaign: CampaignFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-merge-inputs-'));
  campaign = createCampaignFromTemplate(join(folder, 'inputs.undersigned'), findTemplate('regional-organizations'), 'Inputs');
});
afterEach(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

function useLogo(assetId: number | null): void {
  const letter = getLetter(campaign.db);
  saveLetter(campaign.db, {
    doc: letter.doc,
    settings: {
      ...letter.settings,
      letterhead: { ...letter.settings.letterhead, enabled: true, organization: 'Coalition secretariat', logoAssetId: assetId },
    },
  });
}

describe('readImageSize', () => {
  it('reads the size of a PNG and refuses other bytes', () => {
    expect(readImageSize(new Uint8Array(LOGO))).toEqual({ mime: 'image/png', width: 240, height: 80 });
    expect(readImageSize(new TextEncoder().encode('GIF89a not an image'))).toBeNull();
  });
});

describe('loadMergeInputs', () => {
  it('loads the letterhead logo from the campaign file', () => {
    useLogo(addLogoAsset(campaign.db, 'logo.png', LOGO).assetId);
    const inputs = loadMergeInputs(campaign.db, { date: '2020-04-28' });
    expect(inputs.logo).toMatchObject({ mime: 'image/png', widthPx: 240, heightPx: 80 });
    expect(inputs.logo!.bytes).toEqual(new Uint8Array(LOGO));
    expect(inputs.warnings).toEqual([]);
    expect(inputs.date).toBe('2020-04-28');
  });

  it('warns, and writes the letters without it, when the logo is gone', () => {
    useLogo(999);
    const inputs = loadMergeInputs(campaign.db);
    expect(inputs.logo).toBeNull();
    expect(inputs.warnings).toEqual(['The letterhead logo is missing from the campaign; the letters are written without it.']);
    expect(inputs.date).toBe(localIsoDate());
  });
});

describe('renderPreview', () => {
  it('renders the exact PDF for one recipient, with its logo and the unresolved field marked', async () => {
    useLogo(addLogoAsset(campaign.db, 'logo.png', LOGO).assetId);
    await importRecipients(campaign.db, { source: 'tests/fixtures/recipients/regional-heads.csv' });
    const oas = listRecipients(campaign.db).find((recipient) => recipient.organization === 'Organization of American States')!;
    const preview = await renderPreview(campaign.db, oas.id);
    expect(preview.recipient).toBe('Organization of American States');
    expect(preview.unresolved).toEqual([{ field: 'recipient.name', label: 'Recipient name' }]);
    const path = join(folder, 'preview.pdf');
    writeFileSync(path, preview.pdf);
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('Recipient name');
    expect(execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })).toMatch(/\b240\s+80\b/);
  });
});
