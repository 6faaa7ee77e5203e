import type { CallInput, CallName, CallOutput, CallResult } from '../shared/contract';

/** What the preload exposes on `window.api`: exactly the contract's calls, each returning a CallResult. */
export type PreloadApi = { [Name in CallName]: (input: CallInput<Name>) => Promise<CallResult<CallOutput<Name>>> };

declare global {
  interface Window {
    api?: PreloadApi;
  }
}
