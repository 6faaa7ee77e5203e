import { createContext, useContext, type ReactNode } from 'react';
import type { CampaignState } from '../../../shared/model/campaign';
import type { ImportList } from '../spreadsheet/ImportListChoice';

/** A spreadsheet dropped on the window, waiting for its screen to start the import's mapping step with it. */
export interface DroppedSpreadsheet {
  /** Tells one drop from the next, the same file dropped twice included. */
  id: number;
  list: ImportList;
  fileName: string;
  base64: string;
}

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
  /** A spreadsheet dropped for a list; the screen of that list starts its import with it and clears it. */
  droppedSpreadsheet: DroppedSpreadsheet | null;
  clearDroppedSpreadsheet(id: number): void;
}

export const CampaignContext = createContext<CampaignContextValue | null>(null);

export function useCampaign(): CampaignContextValue {
  const value = useContext(CampaignContext);
  if (!value) throw new Error('useCampaign is used outside an open campaign');
  return value;
}
