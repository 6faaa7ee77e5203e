import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CALL_NAMES } from '../shared/contract';
import { SHELL_CHANNELS } from '../shared/shell-channels';
import type { AppMenuBridge, PreloadApi } from './api-types';

const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)])) as PreloadApi;

const appMenu: AppMenuBridge = {
  onCommand(listener) {
    const handler = (_event: unknown, command: string, argument?: string) => listener(command, argument);
    ipcRenderer.on(SHELL_CHANNELS.menuCommand, handler);
    ipcRenderer.send(SHELL_CHANNELS.pageListening);
    return () => ipcRenderer.removeListener(SHELL_CHANNELS.menuCommand, handler);
  },
  // Only a File the user dropped has a path; the page cannot make one up, so no path comes from the page itself.
  openDroppedFiles(files) {
    const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
    if (paths.length > 0) ipcRenderer.send(SHELL_CHANNELS.filesDropped, paths);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('appMenu', appMenu);
