import type { CallInput, CallName, CallOutput, CallResult } from '../shared/contract';

/** What the preload exposes on `window.api`: exactly the contract's calls, each returning a CallResult. */
export type PreloadApi = { [Name in CallName]: (input: CallInput<Name>) => Promise<CallResult<CallOutput<Name>>> };

/** The desktop shell: the application menu's commands (File > New, Open, Open Recent, Close) and files dropped on the window. */
export interface AppMenuBridge {
  /** Subscribes to menu commands; campaign files handed to the app (double-click, drop) arrive as `open-recent`. */
  onCommand(listener: (command: string, argument?: string) => void): () => void;
  /** Hands campaign files dropped on the window to main, which opens them as a double-click does. */
  openDroppedFiles(files: File[]): void;
}

declare global {
  interface Window {
    api?: PreloadApi;
    appMenu?: AppMenuBridge;
  }
}
