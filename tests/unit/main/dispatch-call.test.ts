import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '../../../src/shared/contract';
import { createAppContext, createHandlers } from '../../../src/main/api';
import { dispatchCall } from '../../../src/main/dispatch-call';
import { createWorkspaceHost } from '../../../src/main/web/web-host';
import { useTemporaryFolder } from '../temporary-folder';

const temporaryFolder = useTemporaryFolder();

/** A payload no call accepts: the wrong type where every schema wants an object. */
const MALFORMED_PAYLOADS: unknown[] = ['a string', 42, [1, 2], { campaignId: 12, templateId: { nested: true }, entryId: 7 }];

describe('dispatchCall', () => {
  it('rejects a malformed payload for every call with a typed error, never a crash', async () => {
    const handlers = createHandlers(createAppContext(createWorkspaceHost(temporaryFolder()), 'test'));
    for (const name of CALL_NAMES) {
      const accepted = MALFORMED_PAYLOADS.filter((payload) => contract[name].input.safeParse(payload).success);
      const payload = MALFORMED_PAYLOADS.find((candidate) => !accepted.includes(candidate));
      if (payload === undefined) throw new Error(`${name} accepts every malformed payload`);
      const result = await dispatchCall(handlers, name, payload);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code, name).toBe('bad-input');
    }
  });

  it('names the field that is wrong', async () => {
    const handlers = createHandlers(createAppContext(createWorkspaceHost(temporaryFolder()), 'test'));
    const result = await dispatchCall(handlers, 'campaign.create', { templateId: 'heads-of-state', title: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-input', details: { field: 'title' } } });
  });

  it('refuses an unknown call and answers a user error as a value', async () => {
    const handlers = createHandlers(createAppContext(createWorkspaceHost(temporaryFolder()), 'test'));
    expect(await dispatchCall(handlers, 'fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatchCall(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatchCall(handlers, 'letter.get', { campaignId: 'not-open' })).toMatchObject({ ok: false, error: { code: 'not-open' } });
  });

  it('creates a campaign in the workspace and reopens it from the list', async () => {
    const workspace = temporaryFolder();
    const handlers = createHandlers(createAppContext(createWorkspaceHost(workspace), 'test'));
    const created = await dispatchCall(handlers, 'campaign.create', { templateId: 'regional-organizations', title: '../../Evil: name?' });
    expect(created.ok).toBe(true);
    if (!created.ok || !created.value) return;
    const state = created.value as { campaignId: string; fileName: string };
    expect(state.fileName).toBe('Evil name.undersigned');
    await dispatchCall(handlers, 'campaign.close', { campaignId: state.campaignId });
    const list = await dispatchCall(handlers, 'campaigns.list', {});
    expect(list.ok).toBe(true);
    const entries = (list as { value: { entryId: string; name: string }[] }).value;
    expect(entries.map((entry) => entry.name)).toEqual(['Evil name.undersigned']);
    const opened = await dispatchCall(handlers, 'campaign.open', { entryId: entries[0]!.entryId });
    expect(opened).toMatchObject({ ok: true, value: { name: '../../Evil: name?' } });
  });
});
