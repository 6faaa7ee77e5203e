import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentEntry } from '../services/recent/recent-files';

/** Menu commands the renderer carries out (it owns the screens and the open campaign). */
export const MENU_COMMANDS = {
  newFromTemplate: 'new-from-template',
  open: 'open',
  openRecent: 'open-recent',
  close: 'close',
} as const;
export type MenuCommand = (typeof MENU_COMMANDS)[keyof typeof MENU_COMMANDS];

/** The application menu; Toggle Developer Tools only while developing (the page comes from the dev server). */
export function buildApplicationMenu(
  recent: RecentEntry[],
  send: (command: MenuCommand, argument?: string) => void,
  recentId: (path: string) => string,
  options: { developerTools: boolean },
): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New from Template…', accelerator: 'CmdOrCtrl+N', click: () => send(MENU_COMMANDS.newFromTemplate) },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => send(MENU_COMMANDS.open) },
        {
          label: 'Open Recent',
          submenu:
            recent.length === 0
              ? [{ label: 'No recent campaigns', enabled: false }]
              : recent.map((entry) => ({ label: entry.name, click: () => send(MENU_COMMANDS.openRecent, recentId(entry.path)) })),
        },
        { type: 'separator' },
        { label: 'Close Campaign', accelerator: 'CmdOrCtrl+W', click: () => send(MENU_COMMANDS.close) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.developerTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
