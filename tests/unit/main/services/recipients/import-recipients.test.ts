import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { importRecipients } from '../../../../../src/main/services/recipients/import-recipients';
import { listRecipientLists, listRecipients } from '../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../src/main/services/templates/templates';

const FIXTURES = 'tests/fixtures/recipients';
let folder: string;
let campaign: CampaignFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-recipient-import-'));
  campaign = createCampaignFromTemplate(join(folder, 'import.undersigned'), findTemplate('regional-organizations'), 'Import');
});
afterEach(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('importRecipients', () => {
  it('maps an English CSV, keeps unmapped columns as extra fields and resolves countries', async () => {
    const summary = await importRecipients(campaign.db, { source: join(FIXTURES, 'regional-heads.csv') });
    expect(summary).toMatchObject({ fileName: 'regional-heads.csv', added: 5, errors: [], unresolvedCountries: [] });
    const recipients = listRecipients(campaign.db);
    expect(recipients[0]).toMatchObject({
      honorific: 'H.E.',
      name: 'Moussa Faki Mahamat',
      title: 'Chairperson of the African Union Commission',
      organization: 'African Union',
      country: 'Ethiopia',
      countryCode: 'ET',
      salutation: 'Your Excellency',
      addressLines: ['Roosevelt Street', 'Addis Ababa'],
      email: null,
      extra: { Acronym: 'AU' },
      included: true,
    });
    expect(recipients[3]).toMatchObject({ name: null, honorific: null, countryCode: 'US', salutation: 'Dear Secretary General' });
    expect(recipients[4]!.extra).toEqual({});
    expect(listRecipientLists(campaign.db)[0]).toMatchObject({ name: 'regional-heads.csv', count: 5 });
  });

  it('reads French headers with semicolons and reports countries it cannot resolve', async () => {
    const summary = await importRecipients(campaign.db, { source: join(FIXTURES, 'destinataires-ministres.csv') });
    expect(summary.added).toBe(4);
    expect(summary.unresolvedCountries).toEqual(['Atlantide']);
    const recipients = listRecipients(campaign.db);
    expect(recipients.map((recipient) => recipient.countryCode)).toEqual(['SN', 'CI', 'CD', null]);
    expect(recipients[2]).toMatchObject({
      honorific: 'S.E.',
      title: 'Ministre des Affaires étrangères',
      salutation: 'Madame la Ministre',
      language: 'fr',
      extra: { 'Mission à Genève': 'Mission permanente de la République démocratique du Congo' },
    });
  });

  it('finds the header below a title row in an XLSX and follows --map overrides', async () => {
    const summary = await importRecipients(campaign.db, {
      source: join(FIXTURES, 'ministers.xlsx'),
      overrides: { Title: 'honorific', Dear: 'salutation' },
    });
    expect(summary).toMatchObject({ added: 3, errors: [] });
    const [costaRica, france, kenya] = listRecipients(campaign.db);
    expect(costaRica).toMatchObject({
      honorific: 'H.E.',
      name: 'Ana Pérez',
      title: 'Minister of Foreign Affairs',
      organization: 'Ministry of Foreign Affairs and Worship',
      countryCode: 'CR',
      addressLines: ['Avenida 7 y 9, Calle 11 y 13', '10101 San José'],
      salutation: 'Dear Minister',
      extra: { 'Meeting date': '9 December' },
    });
    expect(france).toMatchObject({ countryCode: 'FR', addressLines: ['37 quai d’Orsay', '75007 Paris'] });
    expect(kenya!.extra).toEqual({});
  });
});
