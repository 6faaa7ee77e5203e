import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, createHandlers, type AppContext, type Handlers } from '../../../../../../src/main/api';
import { dispatchCall } from '../../../../../../src/main/dispatch-call';
import { createWorkspaceHost } from '../../../../../../src/main/web/web-host';
import type { CallName, CallOutput } from '../../../../../../src/shared/contract';

let folder: string;
let context: AppContext;
let handlers: Handlers;
let campaignId: string;
const chosenFolders: string[] = [];

async function call<Name extends CallName>(name: Name, input: unknown): Promise<CallOutput<Name>> {
  const result = await dispatchCall(handlers, name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as CallOutput<Name>;
}

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  folder = mkdtempSync(join(tmpdir(), 'undersigned-contract-calls-'));
  const host = createWorkspaceHost(join(folder, 'workspace'));
  host.chooseExportFolder = async (suggested) => {
    chosenFolders.push(suggested);
    return join(folder, 'chosen');
  };
  context = createAppContext(host, 'test');
  handlers = createHandlers(context);
  const campaign = await call('campaign.create', { templateId: 'regional-organizations', title: 'Contract calls' });
  campaignId = campaign!.campaignId;
});
afterAll(() => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  context.campaigns.closeAll();
  rmSync(folder, { recursive: true, force: true });
});

describe('recipients, check, preview and export over the contract', () => {
  it('adds a set, edits, fills, includes and imports through recipients.* calls', async () => {
    const empty = await call('recipients.list', { campaignId });
    expect(empty.recipients).toEqual([]);
    expect(empty.presets.map((preset) => preset.id)).toEqual(['regional-organizations', 'rome-statute-states-parties', 'un-member-states']);

    await expect(call('recipients.addPreset', { campaignId, presetId: 'g20' })).rejects.toMatchObject({ code: 'unknown-preset' });
    expect(await call('recipients.addPreset', { campaignId, presetId: 'regional-organizations' })).toMatchObject({
      added: 20,
      replaced: 0,
    });
    const { recipients } = await call('recipients.list', { campaignId });
    const ids = recipients.map((recipient) => recipient.id);

    await expect(call('recipients.update', { campaignId, recipientId: ids[0], change: { countryCode: 'Ethiopia' } })).rejects.toMatchObject(
      { code: 'bad-input' },
    );
    expect(await call('recipients.update', { campaignId, recipientId: ids[0], change: { name: 'Moussa Faki Mahamat' } })).toMatchObject({
      name: 'Moussa Faki Mahamat',
    });
    expect(await call('recipients.fill', { campaignId, recipientIds: ids.slice(1), field: 'name', value: 'To be confirmed' })).toEqual({
      updated: 19,
    });
    expect(await call('recipients.setIncluded', { campaignId, recipientIds: ids.slice(3), included: false })).toEqual({ updated: 17 });

    const bytes = readFileSync('tests/fixtures/recipients/destinataires-ministres.csv');
    const imported = await call('recipients.import', {
      campaignId,
      fileName: 'destinataires-ministres.csv',
      bytesBase64: bytes.toString('base64'),
    });
    expect(imported).toMatchObject({ added: 4, unresolvedCountries: ['Atlantide'], errors: [] });
    expect(imported.mapping).toContainEqual({ header: "Formule d'appel", field: 'salutation' });
    expect(imported.mapping).toContainEqual({ header: 'Mission à Genève', field: null });
    await call('recipients.removeList', { campaignId, listId: imported.listId });
    expect((await call('recipients.list', { campaignId })).lists).toHaveLength(1);
    expect((await call('campaign.state', { campaignId })).counts.recipients).toBe(20);
  });

  it('checks, previews and exports three recipients with progress to the end', async () => {
    const report = await call('campaign.check', { campaignId });
    expect(report).toMatchObject({ recipients: 3, unresolved: [] });

    const { recipients } = await call('recipients.list', { campaignId });
    const preview = await call('preview.render', { campaignId, recipientId: recipients[0]!.id });
    expect(preview).toMatchObject({ recipient: 'Moussa Faki Mahamat, African Union', unresolved: [] });
    const pdfPath = join(folder, 'preview.pdf');
    writeFileSync(pdfPath, Buffer.from(preview.pdfBase64, 'base64'));
    expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('H.E. Moussa Faki Mahamat');

    await expect(
      call('export.start', {
        campaignId,
        request: { format: 'pdf', perRecipient: true, combined: false, namePattern: '{recipient.organisation}', force: false },
      }),
    ).rejects.toMatchObject({
      code: 'bad-name-pattern',
    });
    const started = await call('export.start', {
      campaignId,
      request: {
        format: 'pdf',
        perRecipient: true,
        combined: true,
        namePattern: '{recipient.extra.acronym} - {date | format: "iso"}',
        force: false,
      },
    });
    expect(started.folder).toBe(join(folder, 'chosen'));
    expect(chosenFolders).toEqual([join(folder, 'workspace', 'Contract calls letters')]);
    let progress = await call('export.progress', { jobId: started.jobId! });
    while (progress.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = await call('export.progress', { jobId: started.jobId! });
    }
    expect(progress).toMatchObject({ state: 'done', done: 4, total: 4 });
    expect(progress.files).toHaveLength(4);
    expect(progress.files[0]).toBe('Contract calls - all letters.pdf');
    expect(progress.files.slice(1).every((file) => /^(AU|ASEAN|CARICOM) - \d{4}-\d{2}-\d{2}\.pdf$/.test(file))).toBe(true);
    // Each run gets a folder of its own inside the chosen one, with its summary.
    expect(dirname(progress.folder)).toBe(join(folder, 'chosen'));
    expect(basename(progress.folder)).toMatch(/^Contract calls — \d{4}-\d{2}-\d{2} \d{2}\.\d{2}$/);
    for (const file of progress.files) expect(existsSync(join(progress.folder, file))).toBe(true);
    expect(readFileSync(join(progress.folder, 'Export summary.txt'), 'utf8')).toContain('Finished: 3 of 3 letters written.');
    expect(await call('export.cancel', { jobId: started.jobId! })).toEqual({ cancelled: false });
    expect(await call('export.openFolder', { jobId: started.jobId! })).toEqual({ opened: false, folder: progress.folder });
  });
});
