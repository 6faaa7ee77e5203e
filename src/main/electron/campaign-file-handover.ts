import { RecentFiles } from '../services/recent/recent-files';

/**
 * Campaign files the system hands to the app (a double-click, a drop on the window, a second launch),
 * held until the window's page listens, then given to it by id as Open Recent does: the page opens them
 * with `campaign.open`, so a file that is not a campaign gets the same message as Open.
 */
export class CampaignFileHandover {
  private readonly paths = new Map<string, string>();
  private readonly waiting: string[] = [];
  private listening = false;

  constructor(private readonly openInPage: (entryId: string) => void) {}

  hand(path: string): void {
    const entryId = RecentFiles.idOf(path);
    this.paths.set(entryId, path);
    if (this.listening) this.openInPage(entryId);
    else this.waiting.push(entryId);
  }

  /** The page subscribed to menu commands: give it the files that arrived before. */
  pageListening(): void {
    this.listening = true;
    for (const entryId of this.waiting.splice(0)) this.openInPage(entryId);
  }

  /** The page is loading again or its window closed: hold files until a page listens. */
  pageGone(): void {
    this.listening = false;
  }

  pathOf(entryId: string): string | undefined {
    return this.paths.get(entryId);
  }
}
