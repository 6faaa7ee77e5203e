/** The shell's own one-way channels between preload and main, besides the contract's calls. */
export const SHELL_CHANNELS = {
  /** main -> page: a menu command (MENU_COMMANDS) and its argument. */
  menuCommand: 'menu-command',
  /** page -> main: the page listens for menu commands now (files handed over before can be given to it). */
  pageListening: 'page-listening',
  /** page -> main: the paths of files dropped on the window (read by the preload from the dropped File objects). */
  filesDropped: 'files-dropped',
} as const;
