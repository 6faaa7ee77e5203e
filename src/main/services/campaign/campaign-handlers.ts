import { basename } from 'node:path';
import type { CampaignEntry } from '../../../shared/model/campaign';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';
import { UserError } from '../../../shared/model/user-error';
import type { AppContext, Handlers } from '../app-context';
import { RecentFiles } from '../recent/recent-files';
import { findTemplate } from '../templates/templates';
import { CAMPAIGN_EXTENSION, openCampaignFile } from './campaign-file';
import { createCampaignFromTemplate } from './create-campaign';
import { renameCampaign } from './rename-campaign';

type CampaignCall = 'campaigns.list' | 'campaign.create' | 'campaign.open' | 'campaign.state' | 'campaign.close' | 'campaign.rename';

/** The campaign files: listed from the recent list and the host, created, opened, closed, renamed (src/shared/contract/campaigns.ts). */
export function createCampaignHandlers(context: AppContext): Pick<Handlers, CampaignCall> {
  const { campaigns, recent, host } = context;
  const openPath = (path: string) => {
    const already = campaigns.findByPath(path);
    const campaignId = already ?? campaigns.add(openCampaignFile(path));
    recent.remember(path);
    const state = campaigns.state(campaignId);
    host.campaignOpened?.(state.name);
    return state;
  };
  return {
    'campaigns.list': () => {
      const entries: CampaignEntry[] = recent.list().map((entry) => ({
        entryId: RecentFiles.idOf(entry.path),
        name: entry.name,
        location: entry.path,
        lastOpenedAt: entry.lastOpenedAt,
      }));
      const listed = new Set(recent.list().map((entry) => entry.path));
      for (const path of host.knownCampaignFiles()) {
        if (!listed.has(path)) entries.push({ entryId: RecentFiles.idOf(path), name: basename(path), location: path, lastOpenedAt: null });
      }
      return entries;
    },

    'campaign.create': async ({ templateId, title }) => {
      const template = findTemplate(templateId, host.userDataDir);
      const path = await host.chooseNewCampaignPath(`${sanitizeFileName(title, 'campaign')}${CAMPAIGN_EXTENSION}`);
      if (!path) return null;
      const file = createCampaignFromTemplate(path, template, title);
      const campaignId = campaigns.add(file);
      recent.remember(path);
      const state = campaigns.state(campaignId);
      host.campaignOpened?.(state.name);
      return state;
    },

    'campaign.open': async ({ entryId }) => {
      let path: string | null | undefined;
      if (entryId) {
        path =
          recent.pathOf(entryId) ??
          host.handedOverCampaign?.(entryId) ??
          host.knownCampaignFiles().find((known) => RecentFiles.idOf(known) === entryId);
        if (!path) throw new UserError('That campaign is not in the list any more. Open it from its folder.', { code: 'unknown-entry' });
      } else {
        path = await host.chooseCampaignToOpen();
      }
      if (!path) return null;
      return openPath(path);
    },

    'campaign.state': ({ campaignId }) => campaigns.state(campaignId),

    'campaign.close': ({ campaignId }) => ({ closed: campaigns.close(campaignId) }),

    'campaign.rename': ({ campaignId, name }) => {
      renameCampaign(campaigns.get(campaignId).db, name);
      return campaigns.state(campaignId);
    },
  };
}
