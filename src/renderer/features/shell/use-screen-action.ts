import { useCallback, useState } from 'react';
import { useCampaign } from '../campaign/campaign-context';

interface ScreenActionOptions {
  /** Shows the action's closing message, if it returns one. */
  notify(message: string): void;
  /** Reads the screen's data and the campaign again after the action. */
  reload(): Promise<unknown>;
  setError(message: string | null): void;
}

/**
 * Runs one user action of a screen at a time: busy while it runs, its message shown, data read again, errors shown.
 * Each change is written to the campaign file at once, so the status bar's "Saved" time follows it (`markSaved`
 * for changes made outside `run`, such as a table cell).
 */
export function useScreenAction({ notify, reload, setError }: ScreenActionOptions) {
  const [busy, setBusy] = useState(false);
  const { setSaveState } = useCampaign();
  const markSaved = useCallback(() => setSaveState({ kind: 'saved', at: new Date().toISOString() }), [setSaveState]);
  const run = async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await action();
      markSaved();
      if (message) notify(message);
      await reload();
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run, markSaved };
}
