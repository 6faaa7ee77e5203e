import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'electron-vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAIN_AND_PRELOAD_ONLY } from '../../../electron.vite.config';
import { APP_IDENTITY } from '../../../src/main/electron/app-identity';
import { createCampaignFromTemplate } from '../../../src/main/services/campaign/create-campaign';
import { openCampaignFile } from '../../../src/main/services/campaign/campaign-file';
import { RecentFiles } from '../../../src/main/services/recent/recent-files';
import { findTemplate } from '../../../src/main/services/templates/templates';
import { CALL_NAMES } from '../../../src/shared/contract';
import { SHELL_CHANNELS } from '../../../src/shared/shell-channels';
import { useTemporaryFolder } from '../temporary-folder';

// A test of OUR main-process wiring, not of Electron: Electron cannot run here, so the built main bundle is
// loaded in Node with a stand-in `electron` module that only records what the bundle asks of it.
vi.mock('electron', () => import('./electron-stand-in'));

type StandIn = typeof import('./electron-stand-in');
type CallResult = { ok: boolean; value?: { name: string }; error?: { code: string; message: string } };

const buildFolder = resolve('tests/.tmp/main-process-wiring-build');
const mainBundle = join(buildFolder, 'main', 'index.js');
const rendererFile = join(buildFolder, 'renderer', 'index.html');
const temporaryFolder = useTemporaryFolder();

beforeAll(async () => {
  rmSync(buildFolder, { recursive: true, force: true });
  await build({ configFile: resolve('electron.vite.config.ts'), mode: MAIN_AND_PRELOAD_ONLY, build: { outDir: buildFolder }, logLevel: 'warn' });
}, 180_000);

afterAll(() => rmSync(buildFolder, { recursive: true, force: true }));

let loads = 0;

/** Runs the built bundle afresh against a reset stand-in, set up by `prepare` before the bundle runs. */
async function startMainBundle(argv: string[], prepare: (standIn: StandIn) => void = () => undefined): Promise<StandIn> {
  const standIn = (await import('electron')) as unknown as StandIn;
  standIn.resetStandIn();
  prepare(standIn);
  const savedArgv = process.argv;
  process.argv = [process.execPath, mainBundle, ...argv];
  try {
    loads += 1;
    await import(/* @vite-ignore */ `${pathToFileURL(mainBundle).href}?load=${loads}`);
  } finally {
    process.argv = savedArgv;
  }
  return standIn;
}

function pageEvent(standIn: StandIn, url = pathToFileURL(rendererFile).href) {
  const contents = standIn.recorded.windows[0]!.webContents;
  contents.mainFrame.url = url;
  return { sender: contents, senderFrame: contents.mainFrame };
}

function emitFromPage(standIn: StandIn, channel: string, event: unknown, ...args: unknown[]): void {
  for (const listener of standIn.recorded.listeners.get(channel) ?? []) listener(event, ...args);
}

function openRecentCommands(standIn: StandIn): string[] {
  return standIn.recorded.windows[0]!.webContents.sent.filter(([channel, command]) => channel === SHELL_CHANNELS.menuCommand && command === 'open-recent').map((message) => message[2] as string);
}

function roles(items: { role?: string; submenu?: unknown }[]): string[] {
  return items.flatMap((item) => [item.role ?? '', ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('main-process wiring of the built bundle (with a stand-in electron module)', () => {
  it('takes the single-instance lock, binds every contract call once, opens files from argv and open-file (even before ready)', async () => {
    const folder = temporaryFolder();
    const campaignPath = join(folder, 'spring letters.undersigned');
    createCampaignFromTemplate(campaignPath, findTemplate('regional-organizations'), 'Spring letters').db.close();
    const notCampaign = join(folder, 'notes.undersigned');
    writeFileSync(notCampaign, 'meeting notes, not a campaign');
    const secondLaunch = join(folder, 'autumn.undersigned');
    createCampaignFromTemplate(secondLaunch, findTemplate('regional-organizations'), 'Autumn').db.close();

    const standIn = await startMainBundle(['--some-switch', campaignPath]);
    const { app, recorded } = standIn;
    expect(app.lockRequests).toBe(1);
    expect(app.quitCalls).toBe(0);

    const openFileEvent = { preventDefault: vi.fn() };
    app.emit('open-file', openFileEvent, notCampaign);
    expect(openFileEvent.preventDefault).toHaveBeenCalled();
    expect(recorded.windows).toHaveLength(0);

    await app.becomeReady();
    expect([...recorded.handleCalls].sort()).toEqual([...CALL_NAMES].sort());
    expect(recorded.headerHandlers).toBe(1);

    expect(recorded.windows).toHaveLength(1);
    const window = recorded.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = window.options.webPreferences.preload as string;
    expect(preload).toBe(join(buildFolder, 'preload', 'index.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(window.loadedFile).toBe(rendererFile);

    const navigation = (url: string) => {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0 ? 'denied' : 'allowed';
    };
    expect(navigation('https://example.org/')).toBe('denied');
    expect(navigation(pathToFileURL(join(buildFolder, 'renderer', 'other.html')).href)).toBe('denied');
    expect(navigation(pathToFileURL(campaignPath).href)).toBe('denied');
    expect(navigation(`${pathToFileURL(rendererFile).href}#signatories`)).toBe('allowed');
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.org/report' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(recorded.externalUrls).toEqual(['https://example.org/report']);
    expect(roles(recorded.menus.at(-1)!.template)).not.toContain('toggleDevTools');

    // Files wait until the page listens; a listener in another frame does not count.
    expect(openRecentCommands(standIn)).toEqual([]);
    emitFromPage(standIn, SHELL_CHANNELS.pageListening, { sender: {}, senderFrame: { url: 'https://example.org/' } });
    expect(openRecentCommands(standIn)).toEqual([]);
    emitFromPage(standIn, SHELL_CHANNELS.pageListening, pageEvent(standIn));
    const [fromArgv, fromOpenFile] = openRecentCommands(standIn);
    expect(openRecentCommands(standIn)).toEqual([RecentFiles.idOf(campaignPath), RecentFiles.idOf(notCampaign)]);

    const campaignOpen = recorded.handlers.get('campaign.open')!;
    const opened = (await campaignOpen(pageEvent(standIn), { entryId: fromArgv })) as CallResult;
    expect(opened).toMatchObject({ ok: true, value: { name: 'Spring letters' } });
    const refused = (await campaignOpen(pageEvent(standIn), { entryId: fromOpenFile })) as CallResult;
    expect(refused.ok).toBe(false);
    expect(() => openCampaignFile(notCampaign)).toThrow(refused.error!.message);
    const forbidden = (await campaignOpen(pageEvent(standIn, 'https://example.org/'), { entryId: fromArgv })) as CallResult;
    expect(forbidden.error?.code).toBe('forbidden-sender');

    // A second launch hands its file over and brings this window forward; a drop on the window does the same.
    app.emit('second-instance', {}, ['/opt/Undersigned/undersigned', basename(secondLaunch)], folder);
    expect(openRecentCommands(standIn).at(-1)).toBe(RecentFiles.idOf(secondLaunch));
    expect(window.focused).toBeGreaterThan(0);
    emitFromPage(standIn, SHELL_CHANNELS.filesDropped, pageEvent(standIn), [campaignPath]);
    expect(openRecentCommands(standIn)).toHaveLength(4);
    const reopened = (await campaignOpen(pageEvent(standIn), { entryId: openRecentCommands(standIn)[2] })) as CallResult;
    expect(reopened).toMatchObject({ ok: true, value: { name: 'Autumn' } });
    app.emit('will-quit');
  });

  it('quits at once when another instance holds the lock, without a window or any handler', async () => {
    const standIn = await startMainBundle([], (fresh) => (fresh.app.lockGranted = false));
    await standIn.app.becomeReady();
    expect(standIn.app.quitCalls).toBe(1);
    expect(standIn.recorded.windows).toHaveLength(0);
    expect(standIn.recorded.handleCalls).toEqual([]);
  });

  it('sets the Windows app user model id to the installers’ app id', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const standIn = await startMainBundle([]);
      expect(standIn.app.appUserModelId).toBe(APP_IDENTITY.appId);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
