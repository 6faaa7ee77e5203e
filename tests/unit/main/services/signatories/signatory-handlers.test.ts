import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppContext, createHandlers } from '../../../../../src/main/api';
import { dispatchCall } from '../../../../../src/main/dispatch-call';
import { createWorkspaceHost } from '../../../../../src/main/web/web-host';
import { useTemporaryFolder } from '../../../temporary-folder';

const fixtures = join(import.meta.dirname, '../../../../fixtures/signatories');
const temporaryFolder = useTemporaryFolder();

async function openCampaign() {
  const handlers = createHandlers(createAppContext(createWorkspaceHost(temporaryFolder()), 'test'));
  const created = await dispatchCall(handlers, 'campaign.create', { templateId: 'regional-organizations', title: 'Signatory calls' });
  if (!created.ok) throw new Error(created.error.message);
  const { campaignId } = created.value as { campaignId: string };
  return { handlers, campaignId };
}

function upload(name: string) {
  return { fileName: name, base64: readFileSync(join(fixtures, name)).toString('base64') };
}

describe('signatories.* calls', () => {
  it('previews, imports from bytes, lists, withdraws, deletes and restores', async () => {
    const { handlers, campaignId } = await openCampaign();
    const preview = await dispatchCall(handlers, 'signatories.previewImport', { campaignId, file: upload('signatories-french-semicolon.csv') });
    expect(preview).toMatchObject({ ok: true, value: { headerRow: 3, rowCount: 4, headers: ['Organisation', 'Pays', 'Personne de contact', 'Courriel', 'Statut', 'Remarques'] } });

    const imported = await dispatchCall(handlers, 'signatories.import', { campaignId, file: upload('signatories-french-semicolon.csv') });
    expect(imported).toMatchObject({ ok: true, value: { added: 4, merged: 0, errors: [] } });

    const listed = await dispatchCall(handlers, 'signatories.list', { campaignId });
    if (!listed.ok) throw new Error(listed.error.message);
    const { signatories } = listed.value as { signatories: { id: number; name: string }[] };
    const ids = signatories.map((signatory) => signatory.id);
    expect(await dispatchCall(handlers, 'signatories.setStatus', { campaignId, ids: [ids[0]], status: 'withdrawn', reason: 'Asked to be removed' })).toMatchObject({
      ok: true,
      value: { updated: 1 },
    });
    const deleted = await dispatchCall(handlers, 'signatories.delete', { campaignId, ids: ids.slice(1) });
    if (!deleted.ok) throw new Error(deleted.error.message);
    const { undoToken } = deleted.value as { undoToken: string };
    expect(await dispatchCall(handlers, 'signatories.restore', { campaignId, undoToken })).toMatchObject({ ok: true, value: { restored: 3 } });

    const exported = await dispatchCall(handlers, 'signatories.export', { campaignId, format: 'csv' });
    if (!exported.ok) throw new Error(exported.error.message);
    const { fileName, base64 } = exported.value as { fileName: string; base64: string };
    expect(fileName).toBe('Signatory calls signatories.csv');
    expect(Buffer.from(base64, 'base64').toString('utf8')).toContain('withdrawn');
  });

  it('answers a bad file with a message naming it, and refuses a file path or non-base64', async () => {
    const { handlers, campaignId } = await openCampaign();
    expect(await dispatchCall(handlers, 'signatories.import', { campaignId, file: upload('no-organization-column.csv') })).toMatchObject({
      ok: false,
      error: { code: 'no-required-column', message: expect.stringContaining('"no-organization-column.csv"') },
    });
    expect(await dispatchCall(handlers, 'signatories.import', { campaignId, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatchCall(handlers, 'signatories.import', { campaignId, file: { fileName: 'x.csv', base64: 'not base64!' } })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
  });
});
