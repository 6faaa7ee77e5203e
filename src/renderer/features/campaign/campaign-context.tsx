import { createContext, useContext, type ReactNode } from 'react';
import type { CampaignState } from '../../../shared/model/campaign';

export type SaveState =
  { kind: 'saved'; at: string | null } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'error'; message: string };

export interface CampaignContextValue {
  campaign: CampaignState;
  saveState: SaveState;
  /** Screens report their save progress here; the status bar and the window title show it. */
  setSaveState(state: SaveState): void;
  /** Re-reads the campaign (counts, letter) after a change made elsewhere. */
  refresh(): Promise<void>;
  /** Shows a passing message in the status bar. */
  notify(message: string): void;
  /** Puts a screen's own figures (the letter's word count) in the status bar; null clears them. */
  setStatusExtra(extra: ReactNode): void;
}

export const CampaignContext = createContext<CampaignContextValue | null>(null);

export function useCampaign(): CampaignContextValue {
  const value = useContext(CampaignContext);
  if (!value) throw new Error('useCampaign is used outside an open campaign');
  return value;
}
