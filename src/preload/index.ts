import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../shared/contract';
import type { PreloadApi } from './api-types';

const api = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(name, input)])) as PreloadApi;

contextBridge.exposeInMainWorld('api', api);
