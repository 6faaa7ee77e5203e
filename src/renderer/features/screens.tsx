import type { ComponentType } from 'react';
import { LetterScreen } from './letter/LetterScreen';
import { PendingScreen } from './shell/PendingScreen';
import { ExportScreen } from './export/ExportScreen';
import { RecipientsScreen } from './recipients/RecipientsScreen';

export interface ScreenDefinition {
  id: string;
  label: string;
  /** Keyboard shortcut digit: Ctrl/Cmd + digit switches to the screen. */
  shortcut: string;
  component: ComponentType;
}

/** The sidebar's screens, in order. A feature adds its screen here. */
export const SCREENS: ScreenDefinition[] = [
  { id: 'letter', label: 'Letter', shortcut: '1', component: LetterScreen },
  {
    id: 'signatories',
    label: 'Signatories',
    shortcut: '2',
    component: () => <PendingScreen title="Signatories" what="Import sign-on spreadsheets, review duplicates and set statuses." />,
  },
  {
    id: 'recipients',
    label: 'Recipients',
    shortcut: '3',
    component: RecipientsScreen,
  },
  { id: 'export', label: 'Export', shortcut: '4', component: ExportScreen },
];
