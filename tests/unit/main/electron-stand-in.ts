import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Stands in for the `electron` module when the built main bundle is loaded in Node: it does nothing
 * Electron does, it only records what our main process asks of it, for the wiring test to read.
 */
export const recorded = {
  handlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  handleCalls: [] as string[],
  listeners: new Map<string, ((event: unknown, ...args: unknown[]) => void)[]>(),
  menus: [] as { template: MenuItem[] }[],
  windows: [] as BrowserWindow[],
  externalUrls: [] as string[],
  headerHandlers: 0,
};

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; click?: () => void };

class AppStandIn extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  lockRequests = 0;
  quitCalls = 0;
  appUserModelId: string | undefined;
  readonly userData = mkdtempSync(join(tmpdir(), 'undersigned-wiring-'));
  private ready = false;
  private resolveReady: () => void = () => undefined;
  private readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));

  /** Back to a fresh, not yet ready app with the lock available. */
  reset(): void {
    this.removeAllListeners();
    Object.assign(this, { isPackaged: false, lockGranted: true, lockRequests: 0, quitCalls: 0, appUserModelId: undefined, ready: false });
    this.readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  }

  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return this.lockGranted;
  }
  quit(): void {
    this.quitCalls += 1;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** The test decides when the app becomes ready, so it can send events before. */
  becomeReady(): Promise<void> {
    this.ready = true;
    this.resolveReady();
    this.emit('ready');
    return this.readyPromise.then(() => new Promise((resolve) => setImmediate(resolve)));
  }
  getPath(name: string): string {
    return join(this.userData, name);
  }
  getVersion(): string {
    return '0.0.0-wiring-test';
  }
  getAppPath(): string {
    return this.userData;
  }
  setAppUserModelId(id: string): void {
    this.appUserModelId = id;
  }
}

export const app = new AppStandIn();

/** Forgets everything recorded, for the next load of the bundle. */
export function resetStandIn(): void {
  app.reset();
  recorded.handlers.clear();
  recorded.listeners.clear();
  for (const list of [recorded.handleCalls, recorded.menus, recorded.windows, recorded.externalUrls]) list.length = 0;
  recorded.headerHandlers = 0;
}

class WebContentsStandIn extends EventEmitter {
  readonly sent: unknown[][] = [];
  readonly mainFrame = { url: '' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new WebContentsStandIn();
  loadedFile: string | undefined;
  focused = 0;
  constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
    super();
    recorded.windows.push(this);
  }
  static getAllWindows(): BrowserWindow[] {
    return recorded.windows;
  }
  loadFile(path: string): Promise<void> {
    this.loadedFile = path;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedFile = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {
    this.focused += 1;
  }
  show(): void {}
}

export const ipcMain = {
  handle(channel: string, handler: (event: unknown, input: unknown) => unknown): void {
    recorded.handleCalls.push(channel);
    recorded.handlers.set(channel, handler);
  },
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    recorded.listeners.set(channel, [...(recorded.listeners.get(channel) ?? []), listener]);
  },
};

export const Menu = {
  buildFromTemplate: (template: MenuItem[]) => ({ template }),
  setApplicationMenu: (menu: { template: MenuItem[] }) => recorded.menus.push(menu),
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: () => (recorded.headerHandlers += 1) },
    setPermissionRequestHandler: () => undefined,
  },
};

export const shell = {
  openExternal: (url: string) => {
    recorded.externalUrls.push(url);
    return Promise.resolve();
  },
  openPath: () => Promise.resolve(''),
};

export const dialog = {
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
};
