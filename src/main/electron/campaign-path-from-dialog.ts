import { CAMPAIGN_EXTENSION } from '../services/campaign/campaign-file';

/** A save dialog may return a name without our extension; campaigns always carry it. */
export function campaignPathFromDialog(filePath: string): string {
  return filePath.toLowerCase().endsWith(CAMPAIGN_EXTENSION) ? filePath : `${filePath}${CAMPAIGN_EXTENSION}`;
}
