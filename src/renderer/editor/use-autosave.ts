import { useCallback, useEffect, useRef } from 'react';
import type { LetterNode } from '../../shared/document/letter-document';
import type { PageSettings } from '../../shared/model/page-settings';
import { api } from '../api/client';
import type { SaveState } from '../features/campaign/campaign-context';

export const AUTOSAVE_DELAY_MS = 800;

const pendingSaves = new Set<Promise<void>>();

/** Resolves once every save started by any editor has finished: read the letter again only after this. */
export async function waitForPendingSaves(): Promise<void> {
  await Promise.all([...pendingSaves]);
}

interface AutosaveOptions {
  campaignId: string;
  read(): { doc: LetterNode; settings: PageSettings; title?: string };
  setSaveState(state: SaveState): void;
  /** Web mode asks before leaving with unsaved changes; Electron holds the close until the save is done. */
  askBeforeLeaving: boolean;
}

/**
 * Saves the letter ~800 ms after the last change, one save at a time, and again on leaving the screen,
 * hiding the window or closing it, so nothing typed is lost.
 */
export function useAutosave({ campaignId, read, setSaveState, askBeforeLeaving }: AutosaveOptions) {
  const timer = useRef<number | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef({ campaignId, read, setSaveState });
  useEffect(() => {
    latest.current = { campaignId, read, setSaveState };
  });
  /** What was reported last: a keystroke in an unsaved letter reports nothing, so the app does not redraw on every key. */
  const reported = useRef<SaveState['kind'] | null>(null);
  const report = useCallback((state: SaveState) => {
    reported.current = state.kind;
    latest.current.setSaveState(state);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    const { campaignId: id, read: readLetter } = latest.current;
    report({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const { doc, settings, title } = readLetter();
        const { savedAt } = await api['letter.save']({ campaignId: id, doc, settings, title });
        report(dirty.current ? { kind: 'unsaved' } : { kind: 'saved', at: savedAt });
      } catch (error) {
        dirty.current = true;
        report({ kind: 'error', message: (error as Error).message });
      }
    })();
    inFlight.current = attempt;
    pendingSaves.add(attempt);
    await attempt;
    pendingSaves.delete(attempt);
    inFlight.current = null;
  }, [report]);

  const changed = useCallback(() => {
    dirty.current = true;
    if (reported.current !== 'unsaved') report({ kind: 'unsaved' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save, report]);

  useEffect(() => {
    let closingAfterSave = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if ((!dirty.current && !inFlight.current) || closingAfterSave) return;
      event.preventDefault();
      if (askBeforeLeaving) {
        void save();
        return;
      }
      // Electron cancels the close without asking; close again once the letter is saved (once: a failing save does not keep the window open).
      event.returnValue = false;
      closingAfterSave = true;
      void save().finally(() => window.close());
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      void save();
    };
  }, [save, askBeforeLeaving]);

  return { changed, flush: save, isDirty: () => dirty.current };
}
