import { useState } from 'react';

interface ScreenActionOptions {
  /** Shows the action's closing message, if it returns one. */
  notify(message: string): void;
  /** Reads the screen's data and the campaign again after the action. */
  reload(): Promise<unknown>;
  setError(message: string | null): void;
}

/** Runs one user action of a screen at a time: busy while it runs, its message shown, data read again, errors shown. */
export function useScreenAction({ notify, reload, setError }: ScreenActionOptions) {
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await action();
      if (message) notify(message);
      await reload();
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
