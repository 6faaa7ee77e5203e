import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { importRecipients } from '../../../../../src/main/services/recipients/import-recipients';
import { previewRecipientImport } from '../../../../../src/main/services/recipients/preview-recipient-import';
import { listRecipientLists, listRecipients } from '../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../src/main/services/templates/templates';

const FIXTURES = 'tests/fixtures/recipients';
let folder: string;
let campaign: CampaignFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-recipient-preview-'));
  campaign = createCampaignFromTemplate(join(folder, 'preview.undersigned'), findTemplate('regional-organizations'), 'Preview');
});
afterEach(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('previewRecipientImport', () => {
  it('proposes the columns it recognises, leaves the others for the user, and writes nothing', async () => {
    const preview = await previewRecipientImport({ source: join(FIXTURES, 'embassy-contacts.csv') });
    expect(preview).toMatchObject({ fileName: 'embassy-contacts.csv', format: 'csv', headerRow: 1, rowCount: 3, unknownCountries: [] });
    expect(preview.mapping.map((entry) => [entry.header, entry.field])).toEqual([
      ['Country', 'country'],
      ['Head of mission', null],
      ['Designation', null],
      ['Opening line', null],
      ['Desk officer', null],
    ]);
    expect(preview.rows[2]).toEqual({
      row: 4,
      cells: ['Chile', 'Sra. Carolina Vidal', 'Ambassador of Chile', 'Excelentísima Señora Embajadora', 'Diego Rojas'],
    });
    expect(preview.fields.map((field) => field.field)).toContain('salutation');
    expect(listRecipientLists(campaign.db)).toEqual([]);
  });

  it('finds the header under a title row on the sheet that holds the list', async () => {
    const preview = await previewRecipientImport({ source: join(FIXTURES, 'geneva-missions.xlsx') });
    expect(preview).toMatchObject({
      format: 'xlsx',
      sheetName: 'Missions',
      sheetNames: ['Read me', 'Missions'],
      headerRow: 3,
      rowCount: 2,
    });
    expect(preview.sheets.map(({ name, reason, best }) => [name, reason, best])).toEqual([
      ['Read me', 'instructions text, not a list', false],
      ['Missions', '2 rows, header found: State, Greeting (no name column)', true],
    ]);
    expect(preview.mapping.map((entry) => entry.field)).toEqual(['country', null, null, 'salutation', null]);
    expect(preview.rows[0]!.cells[1]).toBe('Ms. Ingrid Solberg');
  });

  it('imports with the mapping chosen in the step, keeping the columns left unmapped as extra fields', async () => {
    const source = { fileName: 'embassy-contacts.csv', bytes: new Uint8Array(readFileSync(join(FIXTURES, 'embassy-contacts.csv'))) };
    const { mapping } = await previewRecipientImport({ source });
    const chosen = mapping.map((entry) => ({
      ...entry,
      field:
        ({ 'Head of mission': 'name', Designation: 'title', 'Opening line': 'salutation' } as Record<string, string>)[entry.header] ??
        entry.field,
    }));
    const summary = await importRecipients(campaign.db, { source, mapping: chosen });
    expect(summary).toMatchObject({ added: 3, errors: [], unresolvedCountries: [] });
    expect(listRecipients(campaign.db)[2]).toMatchObject({
      name: 'Sra. Carolina Vidal',
      title: 'Ambassador of Chile',
      salutation: 'Excelentísima Señora Embajadora',
      country: 'Chile',
      countryCode: 'CL',
      extra: { 'Desk officer': 'Diego Rojas' },
    });
  });
});

describe('a recipient file whose header names no known column', () => {
  it('takes a first row of labels above countries and addresses as the titles, and imports it as data only when told', async () => {
    const source = join(FIXTURES, 'focal-points.csv');
    const preview = await previewRecipientImport({ source });
    expect(preview).toMatchObject({ headerRow: 1, headerRecognised: false, rowCount: 3 });
    expect(preview.mapping.map((entry) => entry.header)).toEqual(['Delegation', 'Focal point', 'Contact', 'Direct line']);
    expect(preview.rows.map((row) => row.cells[0])).toEqual(['Kenya', 'Ghana', 'Uruguay']);

    const chosen = preview.mapping.map((entry) => ({ ...entry, field: (['country', 'name', 'email', null] as const)[entry.column] ?? null }));
    const summary = await importRecipients(campaign.db, { source, mapping: chosen });
    expect(summary).toMatchObject({ added: 3, errors: [], unresolvedCountries: [] });
    const recipients = listRecipients(campaign.db);
    expect(recipients.map((recipient) => recipient.name)).toEqual(['Ms. Achieng Odhiambo', 'Mr. Kofi Asante', 'Sra. Lucía Pereira']);
    expect(recipients[0]).toMatchObject({ countryCode: 'KE', email: 'a.odhiambo@mfa.go.ke', extra: { 'Direct line': '+254 20 318 888' } });

    const asData = await previewRecipientImport({ source, firstRowIsHeader: false });
    expect(asData).toMatchObject({ headerRow: null, headerRecognised: false, rowCount: 4 });
    expect(asData.rows[0]!.cells).toEqual(['Delegation', 'Focal point', 'Contact', 'Direct line']);
  });

  it('reads a file with no header row at all as data, first row included', async () => {
    const source = join(FIXTURES, 'focal-points-no-header.csv');
    const preview = await previewRecipientImport({ source });
    expect(preview).toMatchObject({ headerRow: null, headerRecognised: false, rowCount: 3 });
    const chosen = preview.mapping.map((entry) => ({ ...entry, field: (['country', 'name', 'email', null] as const)[entry.column] ?? null }));
    const summary = await importRecipients(campaign.db, { source, mapping: chosen, audience: 'cli' });
    expect(summary.added).toBe(3);
    expect(summary.notes).toContain(
      'No column title was recognised, so every row was read as data; choose with --first-row header or --first-row data.',
    );
    expect(listRecipients(campaign.db)[0]).toMatchObject({ name: 'Ms. Achieng Odhiambo', countryCode: 'KE' });
  });

  it('keeps a recognised header as it is', async () => {
    expect(await previewRecipientImport({ source: join(FIXTURES, 'embassy-contacts.csv'), firstRowIsHeader: false })).toMatchObject({
      headerRow: 1,
      headerRecognised: true,
    });
  });
});
