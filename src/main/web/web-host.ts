import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../services/campaign/campaign-file';
import type { CampaignHost } from '../services/campaign-host';

/** Web mode keeps campaigns in one workspace folder; the browser never names a path. */
export function createWorkspaceHost(workspaceDir: string): CampaignHost {
  const workspace = resolve(workspaceDir);
  mkdirSync(workspace, { recursive: true });
  return {
    mode: 'web',
    userDataDir: join(workspace, '.undersigned-app'),
    async chooseNewCampaignPath(suggestedFileName) {
      mkdirSync(workspace, { recursive: true });
      const stem = suggestedFileName.slice(0, suggestedFileName.length - extname(suggestedFileName).length);
      let candidate = join(workspace, suggestedFileName);
      for (let copy = 2; existsSync(candidate); copy += 1) candidate = join(workspace, `${stem} (${copy})${CAMPAIGN_EXTENSION}`);
      return candidate;
    },
    async chooseCampaignToOpen() {
      return null;
    },
    knownCampaignFiles() {
      if (!existsSync(workspace)) return [];
      return readdirSync(workspace, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(CAMPAIGN_EXTENSION))
        .map((entry) => entry.name)
        .sort()
        .map((file) => join(workspace, file));
    },
  };
}
