import { basename } from 'node:path';
import type { CampaignEntry } from '../shared/model/campaign';
import { sanitizeFileName } from '../shared/files/sanitize-file-name';
import { UserError } from '../shared/model/user-error';
import { CAMPAIGN_EXTENSION, openCampaignFile } from './services/campaign/campaign-file';
import { createCampaignFromTemplate } from './services/campaign/create-campaign';
import { getLetter, saveLetter } from './services/campaign/letters';
import { RecentFiles } from './services/recent/recent-files';
import { createRecipientHandlers } from './services/recipients/recipient-handlers';
import { createExportHandlers } from './services/export/export-handlers';
import { createSignatoryHandlers } from './services/signatories/signatory-handlers';
import { createLetterHandlers } from './services/letter/letter-handlers';
import { createDeliveryHandlers } from './services/deliveries/delivery-handlers';
import { createMailHandlers } from './services/mail/mail-handlers';
import { findTemplate, listTemplates } from './services/templates/templates';
import { renameCampaign } from './services/campaign/rename-campaign';
import type { AppContext, Handlers } from './services/app-context';

// The handler table's types live with the services that implement it (services never import main/*.ts).
export { createAppContext, type AppContext, type Handlers } from './services/app-context';

function openPath(context: AppContext, path: string) {
  const already = context.campaigns.findByPath(path);
  const campaignId = already ?? context.campaigns.add(openCampaignFile(path));
  context.recent.remember(path);
  const state = context.campaigns.state(campaignId);
  context.host.campaignOpened?.(state.name);
  return state;
}

/** The handler table: every contract call mapped to the service that does it, in one place. */
export function createHandlers(context: AppContext): Handlers {
  const { campaigns, recent, host } = context;
  return {
    'app.info': () => ({ version: context.version, mode: host.mode }),

    'templates.list': () => listTemplates(host.userDataDir),

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
      return openPath(context, path);
    },

    'campaign.state': ({ campaignId }) => campaigns.state(campaignId),

    'campaign.close': ({ campaignId }) => ({ closed: campaigns.close(campaignId) }),

    'campaign.rename': ({ campaignId, name }) => {
      renameCampaign(campaigns.get(campaignId).db, name);
      return campaigns.state(campaignId);
    },

    'letter.get': ({ campaignId }) => getLetter(campaigns.get(campaignId).db),

    'letter.save': ({ campaignId, doc, settings, title }) => {
      const { db } = campaigns.get(campaignId);
      const savedAt = db.transaction(() => saveLetter(db, { doc, settings, title }))();
      return { savedAt };
    },

    ...createRecipientHandlers(campaigns),
    ...createExportHandlers(context),
    ...createSignatoryHandlers(campaigns),
    ...createLetterHandlers(context),
    ...createDeliveryHandlers(campaigns),
    ...createMailHandlers(context),
  };
}
