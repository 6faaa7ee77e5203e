import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/contract';
import type { AppMenuBridge, PreloadApi } from './api-types';

const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)])) as PreloadApi;

const appMenu: AppMenuBridge = {
  onCommand(listener) {
    const handler = (_event: unknown, command: string, argument?: string) => listener(command, argument);
    ipcRenderer.on('menu-command', handler);
    return () => ipcRenderer.removeListener('menu-command', handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('appMenu', appMenu);
