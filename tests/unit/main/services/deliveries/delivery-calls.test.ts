import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, createHandlers, type AppContext, type Handlers } from '../../../../../src/main/api';
import { dispatchCall } from '../../../../../src/main/dispatch-call';
import { addSignatory } from '../../../../../src/main/services/signatories/add-signatory';
import { createWorkspaceHost } from '../../../../../src/main/web/web-host';
import type { CallName, CallOutput } from '../../../../../src/shared/contract';

let folder: string;
let context: AppContext;
let handlers: Handlers;
let campaignId: string;

async function call<Name extends CallName>(name: Name, input: unknown): Promise<CallOutput<Name>> {
  const result = await dispatchCall(handlers, name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as CallOutput<Name>;
}

async function finished(jobId: string): Promise<CallOutput<'export.progress'>> {
  for (;;) {
    const progress = await call('export.progress', { jobId });
    if (progress.state !== 'running') return progress;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  delete process.env.UNDERSIGNED_SMTP_PASSWORD;
  folder = mkdtempSync(join(tmpdir(), 'undersigned-delivery-calls-'));
  const host = createWorkspaceHost(join(folder, 'workspace'));
  host.chooseExportFolder = async (suggested) => join(folder, suggested.endsWith('addenda') ? 'addenda' : 'letters');
  context = createAppContext(host, 'test');
  handlers = createHandlers(context);
  campaignId = (await call('campaign.create', { templateId: 'regional-organizations', title: 'Delivery calls' }))!.campaignId;
  await call('recipients.addPreset', { campaignId, presetId: 'regional-organizations' });
  const { db } = context.campaigns.get(campaignId);
  addSignatory(db, { name: 'Article 19', country: 'United Kingdom' });
});
afterAll(() => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  context.campaigns.closeAll();
  rmSync(folder, { recursive: true, force: true });
});

describe('addendum, history and mail settings over the contract', () => {
  it('shows who gets an addendum after an export, previews it with the edited words, lists the history', async () => {
    expect(await call('addendum.status', { campaignId, includeWithdrawn: false })).toMatchObject({ sentBefore: false, joined: [] });
    const request = { format: 'pdf', perRecipient: true, combined: false, namePattern: '{recipient.organization}', force: true };
    const letters = await finished((await call('export.start', { campaignId, request })).jobId!);
    expect(letters.state).toBe('done');
    const history = await call('deliveries.list', { campaignId });
    expect(history).toHaveLength(20);
    expect(history[0]).toMatchObject({ kind: 'letter', channel: 'export', signatoryCount: 1 });

    addSignatory(context.campaigns.get(campaignId).db, { name: 'CIVICUS', country: 'South Africa' });
    const status = await call('addendum.status', { campaignId, includeWithdrawn: false });
    expect(status.joined).toEqual(['CIVICUS']);
    expect(status.lettersDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(status.recipients.every((recipient) => recipient.status === 'addendum')).toBe(true);

    expect(await call('addendum.text', { campaignId })).toMatchObject({ edited: false, text: expect.stringContaining('Since our letter of') });
    const words = { text: 'To {{recipient.organization}}:\n\n{{addendum.count}} more organisation joined after {{addendum.letterDate}}.', withdrawnText: 'Withdrawn:' };
    expect(await call('addendum.saveText', { campaignId, words })).toMatchObject({ ...words, edited: true });
    const preview = await call('addendum.preview', { campaignId, recipientId: status.recipients[0]!.recipientId, includeWithdrawn: false });
    const pdfPath = join(folder, 'preview.pdf');
    writeFileSync(pdfPath, Buffer.from(preview.pdfBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`To ${preview.recipient}:`);
    expect(text).toMatch(/1 more organisation joined after \d{1,2} \w+ \d{4}\./);
    expect(text).toContain('CIVICUS (South Africa)');
    expect(text).not.toContain('Article 19');

    const addenda = await finished((await call('addendum.export', { campaignId, request, includeWithdrawn: false })).jobId!);
    expect(addenda.files).toHaveLength(20);
    expect((await call('addendum.status', { campaignId, includeWithdrawn: false })).joined).toEqual([]);
    expect((await call('deliveries.list', { campaignId }))[0]).toMatchObject({ kind: 'addendum', signatoryCount: 2 });
  });

  it('keeps the mail settings in the user-data folder and takes the password only from the environment in web mode', async () => {
    expect(await call('mail.settings', {})).toEqual({ settings: null, password: 'none', canStorePassword: false });
    const settings = { host: '127.0.0.1', port: 2525, security: 'none', user: 'me', from: 'me@example.org', replyTo: '', messagesPerMinute: 30 };
    await expect(call('mail.saveSettings', { settings, password: 'secret' })).rejects.toMatchObject({ code: 'no-keychain' });
    process.env.UNDERSIGNED_SMTP_PASSWORD = 'secret';
    try {
      expect(await call('mail.saveSettings', { settings })).toEqual({ settings, password: 'environment', canStorePassword: false });
      const file = join(context.host.userDataDir, 'mail-settings.json');
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).not.toContain('secret');
    } finally {
      delete process.env.UNDERSIGNED_SMTP_PASSWORD;
    }
  });
});
