import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALL_NAMES, type CallResult } from '../shared/contract';
import type { Handlers } from './api';
import { dispatchCall } from './dispatch-call';

/** Main answers only its own window's top frame, loaded from our own renderer. */
function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent, window: () => WebContents | undefined, isOwnUrl: (url: string) => boolean): boolean {
  const contents = window();
  const frame = event.senderFrame;
  return Boolean(contents && event.sender === contents && frame && frame === contents.mainFrame && isOwnUrl(frame.url));
}

/** Binds every contract call to ipcMain.handle; each input is parsed by its schema in dispatchCall. */
export function bindContract(handlers: Handlers, window: () => WebContents | undefined, isOwnUrl: (url: string) => boolean): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, async (event, input: unknown): Promise<CallResult<unknown>> => {
      if (!isTrustedSender(event, window, isOwnUrl)) {
        return { ok: false, error: { code: 'forbidden-sender', message: `${name} was called from a frame that is not Undersigned's window.` } };
      }
      return dispatchCall(handlers, name, input);
    });
  }
}

/** Listens to a one-way message from the page (the shell's own channels), ignoring any other sender. */
export function onTrustedMessage(
  channel: string,
  window: () => WebContents | undefined,
  isOwnUrl: (url: string) => boolean,
  listener: (...args: unknown[]) => void,
): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    if (isTrustedSender(event, window, isOwnUrl)) listener(...args);
  });
}
