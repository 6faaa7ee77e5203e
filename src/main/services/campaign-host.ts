/** Where the SMTP password is kept: the OS keychain through Electron's safeStorage, or the environment. */
export interface MailPasswordStore {
  readonly kind: 'keychain' | 'environment';
  read(): string | null;
  /** Keychain only: keeps (or, with null, forgets) the password. */
  write?(password: string | null): void;
}

/**
 * What differs between the desktop app and web mode: where campaign paths come from.
 * Electron asks with native dialogs; web mode uses a workspace folder. Paths never come from the renderer.
 */
export interface CampaignHost {
  readonly mode: 'electron' | 'web';
  readonly userDataDir: string;
  /** The SMTP password; without it, UNDERSIGNED_SMTP_PASSWORD is read. */
  readonly mailPassword?: MailPasswordStore;
  /** A path for a new campaign file, or null when the user cancelled. */
  chooseNewCampaignPath(suggestedFileName: string): Promise<string | null>;
  /** A campaign file to open, or null when the user cancelled. */
  chooseCampaignToOpen(): Promise<string | null>;
  /** A campaign file the system handed to the app (double-click, drop, second launch), by its entry id. */
  handedOverCampaign?(entryId: string): string | undefined;
  /** Campaign files the host knows of besides the recent list (web mode: the workspace folder). */
  knownCampaignFiles(): string[];
  /** Told when the open campaign changes, so a window title can follow. */
  campaignOpened?(name: string): void;
  /** A folder to export letters into (native dialog), or null when cancelled; without it, exports go beside the campaign file. */
  chooseExportFolder?(suggestedPath: string): Promise<string | null>;
  /** Shows a folder in the system's file manager ("Open folder" after an export). */
  openFolder?(path: string): Promise<void>;
}
