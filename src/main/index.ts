import { app, BrowserWindow, Menu, session, shell } from 'electron';
import { safeStorageMailPassword } from './electron/safe-storage-mail-password';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHELL_CHANNELS } from '../shared/shell-channels';
import { createAppContext, createHandlers } from './api';
import { APP_IDENTITY } from './electron/app-identity';
import { CampaignFileHandover } from './electron/campaign-file-handover';
import { campaignPathsFromArgv } from './electron/campaign-paths-from-argv';
import { showExportFolderDialog, showNewCampaignDialog, showOpenCampaignDialog } from './electron/dialogs';
import { isOwnPage } from './electron/is-own-page';
import { buildApplicationMenu, MENU_COMMANDS, type MenuCommand } from './electron/menu';
import { unpackedPath } from './electron/unpacked-path';
import type { CampaignHost } from './services/campaign-host';
import { bindContract, onTrustedMessage } from './ipc';
import { useBuiltExportWorker } from './services/export/export-worker-entry';
import { RecentFiles } from './services/recent/recent-files';
import { contentSecurityPolicy } from '../shared/content-security-policy';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = join(here, '../renderer/index.html');
const isOwnUrl = (url: string) => isOwnPage(url, { devServerUrl, rendererFile });

// The export worker is built apart (out/worker); installers keep it outside app.asar so a worker thread can load it.
useBuiltExportWorker(unpackedPath(join(here, '../worker/export-worker.js')));

// Developing, Electron loads better-sqlite3 built for its ABI (scripts/electron-native.js), kept apart from Node's build;
// installers rebuild the one in node_modules instead.
const electronBinding = join(app.getAppPath(), 'native', 'electron', 'better_sqlite3.node');
if (!app.isPackaged && !process.env.UNDERSIGNED_SQLITE_BINDING && existsSync(electronBinding)) process.env.UNDERSIGNED_SQLITE_BINDING = electronBinding;

let mainWindow: BrowserWindow | undefined;

function sendMenuCommand(command: MenuCommand, argument?: string): void {
  mainWindow?.webContents.send(SHELL_CHANNELS.menuCommand, command, argument);
}

const handover = new CampaignFileHandover((entryId) => sendMenuCommand(MENU_COMMANDS.openRecent, entryId));

const host: CampaignHost = {
  mode: 'electron',
  userDataDir: app.getPath('userData'),
  mailPassword: safeStorageMailPassword(app.getPath('userData')),
  chooseNewCampaignPath: (suggested) => showNewCampaignDialog(mainWindow, join(app.getPath('documents'), suggested)),
  chooseCampaignToOpen: () => showOpenCampaignDialog(mainWindow),
  handedOverCampaign: (entryId) => handover.pathOf(entryId),
  knownCampaignFiles: () => [],
  campaignOpened: () => refreshMenu(),
  chooseExportFolder: (suggested) => showExportFolderDialog(mainWindow, suggested),
  openFolder: async (path) => {
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  },
};
const context = createAppContext(host, app.getVersion());

function refreshMenu(): void {
  Menu.setApplicationMenu(buildApplicationMenu(context.recent.list(), sendMenuCommand, RecentFiles.idOf, { developerTools: Boolean(devServerUrl) }));
}

function showWindow(): void {
  if (!mainWindow) return createWindow();
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: APP_IDENTITY.productName,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  window.webContents.on('did-start-loading', () => handover.pageGone());
  window.on('closed', () => {
    handover.pageGone();
    if (mainWindow === window) mainWindow = undefined;
  });
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
}

function handOver(paths: string[]): void {
  for (const path of paths) handover.hand(path);
  if (paths.length > 0 && app.isReady()) showWindow();
}

function startPrimaryInstance(): void {
  if (process.platform === 'win32') app.setAppUserModelId(APP_IDENTITY.appId);

  // macOS opens files through this event, also before the app is ready (a double-click that starts it).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handOver([path]);
  });
  // A second launch (a double-click while the app runs) gives its command line to this instance and quits.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handOver(campaignPathsFromArgv(argv, workingDirectory));
    showWindow();
  });
  handOver(campaignPathsFromArgv(process.argv, process.cwd()));

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(() => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(Boolean(devServerUrl))] } });
    });
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    const page = () => mainWindow?.webContents;
    bindContract(createHandlers(context), page, isOwnUrl);
    onTrustedMessage(SHELL_CHANNELS.pageListening, page, isOwnUrl, () => handover.pageListening());
    onTrustedMessage(SHELL_CHANNELS.filesDropped, page, isOwnUrl, (paths) => {
      if (Array.isArray(paths)) handOver(paths.filter((path): path is string => typeof path === 'string' && path !== ''));
    });
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
}

// One instance: a second one hands its files to the first (second-instance above) and quits.
if (app.requestSingleInstanceLock()) startPrimaryInstance();
else app.quit();
