import type { CallInput, CallName, CallOutput, CallResult } from '../shared/contract';

/** What the preload exposes on `window.api`: exactly the contract's calls, each returning a CallResult. */
export type PreloadApi = { [Name in CallName]: (input: CallInput<Name>) => Promise<CallResult<CallOutput<Name>>> };

/** The application menu's commands (File > New, Open, Open Recent, Close), sent from main to the renderer. */
export interface AppMenuBridge {
  onCommand(listener: (command: string, argument?: string) => void): () => void;
}

declare global {
  interface Window {
    api?: PreloadApi;
    appMenu?: AppMenuBridge;
  }
}
