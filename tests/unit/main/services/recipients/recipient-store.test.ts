import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import type { CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { addPresetRecipients } from '../../../../../src/main/services/recipients/add-preset-recipients';
import { loadPresetRecipients } from '../../../../../src/main/services/recipients/recipient-presets';
import {
  countIncludedRecipients,
  fillRecipientField,
  listRecipientLists,
  listRecipients,
  removeRecipientList,
  setRecipientsIncluded,
  updateRecipient,
} from '../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../src/main/services/templates/templates';

let folder: string;
let campaign: CampaignFile;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'undersigned-recipients-'));
  campaign = createCampaignFromTemplate(join(folder, 'letters.undersigned'), findTemplate('regional-organizations'), 'Regional letter');
});
afterEach(() => {
  campaign.close();
  rmSync(folder, { recursive: true, force: true });
});

function csvRows(file: string): string[] {
  return readFileSync(join('resources/datasets', file), 'utf8').trim().split('\n').slice(1);
}

describe('bundled recipient sets', () => {
  it('reads the regional organizations with title, salutation and headquarters, and no personal names', () => {
    const rows = loadPresetRecipients('regional-organizations');
    expect(rows).toHaveLength(csvRows('regional-organizations.csv').length);
    const africanUnion = rows.find((row) => row.organization === 'African Union');
    expect(africanUnion).toMatchObject({
      title: 'Chairperson of the African Union Commission',
      salutation: 'Your Excellency',
      addressLines: ['Addis Ababa, Ethiopia'],
      extra: { acronym: 'AU' },
      name: null,
    });
    for (const acronym of ['ASEAN', 'AU', 'CARICOM', 'EU', 'EAC', 'ECOWAS', 'GCC', 'IGAD', 'ICGLR', 'OAS', 'OSCE', 'OIC', 'SADC']) {
      expect(
        rows.some((row) => row.extra.acronym === acronym),
        acronym,
      ).toBe(true);
    }
    expect(rows.some((row) => row.organization === 'League of Arab States')).toBe(true);
    expect(rows.every((row) => row.name === null)).toBe(true);
  });

  it('keeps only the states that are parties to the Rome Statute today', () => {
    const lines = csvRows('rome-statute-states-parties.csv');
    const rows = loadPresetRecipients('rome-statute-states-parties');
    expect(rows).toHaveLength(lines.filter((line) => line.split(',').at(-2) === 'party').length);
    expect(rows.map((row) => row.country)).not.toContain('Burundi');
    expect(rows.find((row) => row.countryCode === 'UA')).toMatchObject({ country: 'Ukraine', organization: null, name: null });
  });

  it('lists all UN Member States with name and code only', () => {
    const rows = loadPresetRecipients('un-member-states');
    expect(rows).toHaveLength(193);
    expect(rows.every((row) => /^[A-Z]{2}$/.test(row.countryCode ?? '') && row.country && Object.keys(row.extra).length === 0)).toBe(true);
  });

  it('refuses an unknown set, naming the ones there are', () => {
    expect(() => loadPresetRecipients('g20')).toThrow(
      /no recipient set "g20".*regional-organizations, rome-statute-states-parties, un-member-states/,
    );
  });
});

describe('recipient lists in the campaign', () => {
  it('adds a preset once, replacing it when added again', () => {
    const first = addPresetRecipients(campaign.db, 'regional-organizations');
    expect(first.added).toBeGreaterThan(13);
    const again = addPresetRecipients(campaign.db, 'regional-organizations');
    expect(again).toMatchObject({ added: first.added, replaced: first.added });
    const lists = listRecipientLists(campaign.db);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ name: 'Regional and sub-regional organizations', count: first.added, included: first.added });
    expect(lists[0]!.source).toContain('compiled 2026-11-23');
  });

  it('edits inline, includes and excludes, and fills a column for a selection', () => {
    addPresetRecipients(campaign.db, 'regional-organizations');
    const [first, second, third] = listRecipients(campaign.db);
    const edited = updateRecipient(campaign.db, first!.id, {
      name: '  Jane Doe ',
      addressLines: ['Roosevelt Street', ' ', 'Addis Ababa'],
      countryCode: 'et',
    });
    expect(edited).toMatchObject({ name: 'Jane Doe', addressLines: ['Roosevelt Street', 'Addis Ababa'], countryCode: 'ET' });
    expect(updateRecipient(campaign.db, first!.id, { name: '' }).name).toBeNull();

    expect(setRecipientsIncluded(campaign.db, [second!.id], false)).toBe(1);
    expect(listRecipients(campaign.db, { includedOnly: true }).map((recipient) => recipient.id)).not.toContain(second!.id);
    expect(countIncludedRecipients(campaign.db)).toBe(listRecipients(campaign.db).length - 1);

    expect(fillRecipientField(campaign.db, [first!.id, third!.id], 'honorific', 'H.E.')).toBe(2);
    expect(fillRecipientField(campaign.db, [third!.id], 'extra.Meeting', '12 May')).toBe(1);
    const after = listRecipients(campaign.db);
    expect(after[0]!.honorific).toBe('H.E.');
    expect(after[1]!.honorific).toBeNull();
    expect(after[2]).toMatchObject({ honorific: 'H.E.', extra: { acronym: third!.extra.acronym, Meeting: '12 May' } });
    expect(() => fillRecipientField(campaign.db, [first!.id], 'id', '7')).toThrow(/"id" is not a recipient field/);
    expect(() => updateRecipient(campaign.db, 99999, { name: 'x' })).toThrow(/Recipient 99999/);
  });

  it('resolves the code of a country typed by hand', () => {
    addPresetRecipients(campaign.db, 'un-member-states');
    const [afghanistan, albania] = listRecipients(campaign.db);
    expect(afghanistan).toMatchObject({ country: 'Afghanistan', countryCode: 'AF' });
    expect(updateRecipient(campaign.db, afghanistan!.id, { country: 'Côte d’Ivoire' })).toMatchObject({
      country: 'Côte d’Ivoire',
      countryCode: 'CI',
    });
    expect(updateRecipient(campaign.db, afghanistan!.id, { country: 'Atlantis' })).toMatchObject({
      country: 'Atlantis',
      countryCode: null,
    });
    expect(updateRecipient(campaign.db, afghanistan!.id, { country: 'Holy See', countryCode: 'VA' })).toMatchObject({ countryCode: 'VA' });
    fillRecipientField(campaign.db, [albania!.id], 'country', 'Deutschland');
    expect(listRecipients(campaign.db)[1]).toMatchObject({ country: 'Deutschland' });
  });

  it('removes a list with its recipients', () => {
    const { listId } = addPresetRecipients(campaign.db, 'un-member-states');
    expect(removeRecipientList(campaign.db, listId)).toBe(true);
    expect(listRecipients(campaign.db)).toEqual([]);
  });
});
