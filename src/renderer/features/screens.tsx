import type { ComponentType } from 'react';
import { LetterScreen } from './letter/LetterScreen';
import { ExportScreen } from './export/ExportScreen';
import { RecipientsScreen } from './recipients/RecipientsScreen';
import { SignatoriesScreen } from './signatories/SignatoriesScreen';

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
    component: SignatoriesScreen,
  },
  {
    id: 'recipients',
    label: 'Recipients',
    shortcut: '3',
    component: RecipientsScreen,
  },
  { id: 'export', label: 'Export', shortcut: '4', component: ExportScreen },
];
