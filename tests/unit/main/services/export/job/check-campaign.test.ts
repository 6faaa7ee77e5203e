import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../../src/cli/index';
import type { CampaignFile } from '../../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../../src/main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../../../../../src/main/services/campaign/letters';
import { checkCampaign } from '../../../../../../src/main/services/export/check-campaign';
import { findUnprintableCharacters } from '../../../../../../src/main/services/export/pdf/find-unprintable-characters';
import { addPresetRecipients } from '../../../../../../src/main/services/recipients/add-preset-recipients';
import { fillRecipientField, listRecipients, setRecipientsIncluded } from '../../../../../../src/main/services/recipients/recipient-store';
import { findTemplate } from '../../../../../../src/main/services/templates/templates';
import { DEFAULT_SIGNATORY_LIST_ATTRS } from '../../../../../../src/shared/document/nodes';

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

  it('reports the listed signatories and included recipients whose names no bundled font can draw', () => {
    // Tifinagh and Cherokee have no bundled face; Chinese, Arabic and Hebrew have, and are never reported.
    addSignatory('ⵜⴰⵎⵓⵏ', 'Maroc', 'MA', 1);
    addSignatory('中国人权捍卫者', 'China', 'CN', 5);
    addSignatory('בצלם – מרכז המידע הישראלי', 'Israel', 'IL', 6);
    addSignatory('Ελληνική Ένωση για τα Δικαιώματα του Ανθρώπου', 'Ελλάδα', null, 2);
    addSignatory('Правозащитный центр', 'Россия', null, 3);
    addSignatory('مركز القاهرة لدراسات حقوق الإنسان', 'Egypt', 'EG', 4, 'withdrawn');
    addPresetRecipients(campaign.db, 'regional-organizations');
    const [first, second] = listRecipients(campaign.db);
    fillRecipientField(campaign.db, [first!.id], 'name', 'ᏣᎳᎩ');
    fillRecipientField(campaign.db, [second!.id], 'name', 'ᏍᏏᏉᏯ');
    setRecipientsIncluded(campaign.db, [second!.id], false);

    const recipientEntry = { where: `Recipient “ᏣᎳᎩ, ${first!.organization}”`, characters: 'ᏣᎳᎩ' };
    // The template's letter lists no signatories, so none of them is printed.
    expect(checkCampaign(campaign.db).unprintable).toEqual([recipientEntry]);

    const letter = getLetter(campaign.db);
    const list = { type: 'signatoryList', attrs: { ...DEFAULT_SIGNATORY_LIST_ATTRS, statuses: ['confirmed'] } };
    saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), list] }, settings: letter.settings });
    expect(checkCampaign(campaign.db).unprintable).toEqual([{ where: 'Signatory “ⵜⴰⵎⵓⵏ”', characters: 'ⵜⴰⵎⵓⵏ' }, recipientEntry]);

    const withList = getLetter(campaign.db);
    const content = (withList.doc.content ?? []).map((node) =>
      node.type === 'signatureBlock'
        ? { ...node, attrs: { signers: [{ name: 'ᎹᎵᎠ', title: 'Director', organization: 'Cairo Institute' }] } }
        : node,
    );
    content.unshift({ type: 'paragraph', content: [{ type: 'text', text: 'Solidarity ✊🏽' }] });
    saveLetter(campaign.db, { doc: { ...withList.doc, content }, settings: withList.settings });
    expect(checkCampaign(campaign.db).unprintable).toEqual([
      { where: 'The letter’s text', characters: findUnprintableCharacters('✊🏽', withList.settings.fontFamily) },
      { where: 'Signatory “ⵜⴰⵎⵓⵏ”', characters: 'ⵜⴰⵎⵓⵏ' },
      { where: 'Signer “ᎹᎵᎠ”', characters: 'ᎹᎵᎠ' },
      recipientEntry,
    ]);
  });

  it('adds the unprintable characters to `check --json`, next to the keys it always had', async () => {
    addSignatory('ⵜⴰⵎⵓⵏ', 'Maroc', 'MA', 1);
    addSignatory('مركز القاهرة لدراسات حقوق الإنسان', 'Egypt', 'EG', 2);
    const letter = getLetter(campaign.db);
    const list = { type: 'signatoryList', attrs: DEFAULT_SIGNATORY_LIST_ATTRS };
    saveLetter(campaign.db, { doc: { ...letter.doc, content: [...(letter.doc.content ?? []), list] }, settings: letter.settings });
    let stdout = '';
    let text = '';
    expect(await runCli(['check', campaign.path, '--json'], { stdout: (chunk) => (stdout += chunk), stderr: () => undefined })).toBe(0);
    await runCli(['check', campaign.path], { stdout: (chunk) => (text += chunk), stderr: () => undefined });
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['recipients', 'unresolved', 'unresolvedCountries', 'pendingSuggestions', 'unnamedSigners', 'unprintable', 'warnings']);
    expect(report.unprintable).toEqual([{ where: 'Signatory “ⵜⴰⵎⵓⵏ”', characters: 'ⵜⴰⵎⵓⵏ' }]);
    expect(text).toContain('Signatory “ⵜⴰⵎⵓⵏ”: these characters are not in the letter’s fonts and would print as boxes: ⵜⴰⵎⵓⵏ');
  });
});
