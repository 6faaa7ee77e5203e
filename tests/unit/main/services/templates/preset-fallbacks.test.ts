import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { checkCampaign } from '../../../../../src/main/services/export/check-campaign';
import { runExportJob } from '../../../../../src/main/services/export/run-export-job';
import { addPresetRecipients } from '../../../../../src/main/services/recipients/add-preset-recipients';
import { findTemplate } from '../../../../../src/main/services/templates/templates';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-preset-fallbacks-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the built-in templates addressed to bundled country sets (only the country filled)', () => {
  it.each([
    ['heads-of-state', 'un-member-states'],
    ['heads-of-state', 'rome-statute-states-parties'],
    ['states-parties', 'un-member-states'],
    ['states-parties', 'rome-statute-states-parties'],
  ])('%s to %s: no letter has an unresolved field', (templateId, presetId) => {
    const campaign = createCampaignFromTemplate(join(folder, `${templateId}-${presetId}.undersigned`), findTemplate(templateId), templateId);
    try {
      addPresetRecipients(campaign.db, presetId);
      const report = checkCampaign(campaign.db);
      expect(report.recipients).toBeGreaterThan(100);
      expect(report.unresolved).toEqual([]);
    } finally {
      campaign.close();
    }
  });

  it('heads-of-state to the 193 UN Member States: every PDF letter is addressed to the foreign minister of its country and greets "Your Excellency"', async () => {
    const campaign = createCampaignFromTemplate(join(folder, 'heads.undersigned'), findTemplate('heads-of-state'), 'Heads');
    try {
      addPresetRecipients(campaign.db, 'un-member-states');
      const summary = await runExportJob({
        db: campaign.db,
        folder: join(folder, 'letters'),
        request: { format: 'pdf', perRecipient: false, combined: true, namePattern: '{recipient.country}', force: false },
        campaignName: 'Heads',
        date: '2026-04-28',
        workers: 0,
      });
      expect(summary.failures).toEqual([]);
      expect(summary.lettersWritten).toBe(193);
      const text = execFileSync('pdftotext', [summary.files[0]!, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const addressees = text.split('\n').filter((line) => line.startsWith('H.E. the Minister for Foreign Affairs of '));
      expect(addressees).toHaveLength(193);
      expect(addressees).toContain('H.E. the Minister for Foreign Affairs of the Netherlands');
      expect(addressees).toContain('H.E. the Minister for Foreign Affairs of Kenya');
      expect(text.match(/^Your Excellency,$/gm)).toHaveLength(193);
      expect(text).not.toMatch(/Recipient name|Recipient title|\{recipient/);
    } finally {
      campaign.close();
    }
  });
});
