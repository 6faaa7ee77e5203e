import { app, BrowserWindow, Menu, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppContext, createHandlers } from './api';
import { showExportFolderDialog, showNewCampaignDialog, showOpenCampaignDialog } from './electron/dialogs';
import { buildApplicationMenu, type MenuCommand } from './electron/menu';
import type { CampaignHost } from './host';
import { bindContract } from './ipc';
import { RecentFiles } from './services/recent/recent-files';
import { contentSecurityPolicy } from './web/content-security-policy';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');

// Electron loads better-sqlite3 built for its own ABI (scripts/electron-native.js), kept apart from Node's build.
const electronBinding = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
if (!process.env.UNDERSIGNED_SQLITE_BINDING && existsSync(electronBinding)) process.env.UNDERSIGNED_SQLITE_BINDING = electronBinding;

let mainWindow: BrowserWindow | undefined;

function isOwnUrl(url: string): boolean {
  if (devServerUrl) return url.startsWith(devServerUrl);
  return url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith('/renderer/index.html');
}

const host: CampaignHost = {
  mode: 'electron',
  userDataDir: app.getPath('userData'),
  chooseNewCampaignPath: (suggested) => showNewCampaignDialog(mainWindow, join(app.getPath('documents'), suggested)),
  chooseCampaignToOpen: () => showOpenCampaignDialog(mainWindow),
  knownCampaignFiles: () => [],
  campaignOpened: () => refreshMenu(),
  chooseExportFolder: (suggested) => showExportFolderDialog(mainWindow, suggested),
  openFolder: async (path) => {
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  },
};
const context = createAppContext(host, app.getVersion());

function sendMenuCommand(command: MenuCommand, argument?: string): void {
  mainWindow?.webContents.send('menu-command', command, argument);
}

function refreshMenu(): void {
  Menu.setApplicationMenu(buildApplicationMenu(context.recent.list(), sendMenuCommand, RecentFiles.idOf));
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Undersigned',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(rendererFile);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(Boolean(devServerUrl))] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  bindContract(createHandlers(context), () => mainWindow?.webContents, isOwnUrl);
  refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Not before-quit: a closing window first finishes saving the letter (see use-autosave), which needs the campaign open.
app.on('will-quit', () => context.campaigns.closeAll());
