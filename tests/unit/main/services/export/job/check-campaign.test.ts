import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { checkCampaign } from '../../../../../../src/main/services/export/check-campaign';
import { addPresetRecipients } from '../../../../../../src/main/services/recipients/add-preset-recipients';
import { fillRecipientField, listRecipients, setRecipientsIncluded } from '../../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';

let folder: string;
let campaign: CampaignFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-check-'));
  campaign = createCampaignFromTemplate(join(folder, 'check.undersigned'), findTemplate('regional-organizations'), 'Check');
});
afterEach(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

function addSignatory(name: string, country: string | null, countryCode: string | null, position: number, status = 'confirmed'): void {
  const now = new Date().toISOString();
  campaign.db
    .prepare(
      'INSERT INTO signatories (name, name_key, country, country_code, status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(name, name.toLowerCase(), country, countryCode, status, position, now, now);
}

describe('checkCampaign', () => {
  it('says when there is no recipient at all', () => {
    const report = checkCampaign(campaign.db);
    expect(report).toMatchObject({ recipients: 0, unresolved: [] });
    expect(report.warnings[0]).toMatch(/No recipient is included/);
  });

  it('lists each recipient’s unresolved fields until they are filled', () => {
    addPresetRecipients(campaign.db, 'regional-organizations');
    const recipients = listRecipients(campaign.db);
    let report = checkCampaign(campaign.db);
    expect(report.recipients).toBe(recipients.length);
    expect(report.unresolved).toHaveLength(recipients.length);
    expect(report.unresolved[0]).toEqual({
      recipient: 'African Union',
      recipientId: recipients[0]!.id,
      fields: ['recipient.name'],
      labels: ['Recipient name'],
    });

    fillRecipientField(
      campaign.db,
      recipients.slice(1).map((recipient) => recipient.id),
      'name',
      'To be named',
    );
    fillRecipientField(campaign.db, [recipients[0]!.id], 'addressLines', '');
    report = checkCampaign(campaign.db);
    expect(report.unresolved).toEqual([
      {
        recipient: 'African Union',
        recipientId: recipients[0]!.id,
        fields: ['recipient.name', 'recipient.address'],
        labels: ['Recipient name', 'Recipient address'],
      },
    ]);

    setRecipientsIncluded(campaign.db, [recipients[0]!.id], false);
    report = checkCampaign(campaign.db);
    expect(report).toMatchObject({ recipients: recipients.length - 1, unresolved: [] });
  });

  it('reports signatories whose country is not resolved and signers with no name', () => {
    addSignatory('Asociación Pro Derechos Humanos', 'Perú', 'PE', 1);
    addSignatory('Centre for Human Rights', 'Atlantis', null, 2);
    addSignatory('Withdrawn Group', 'Nowhere', null, 3, 'withdrawn');
    const report = checkCampaign(campaign.db);
    expect(report.unresolvedCountries).toEqual([{ signatoryId: expect.any(Number), name: 'Centre for Human Rights', country: 'Atlantis' }]);
    expect(report.unnamedSigners).toEqual(['Convenor, Steering Committee', 'Coordinator, Secretariat']);
  });
});
