import type { Handlers } from '../../api';
import type { OpenCampaigns } from '../campaign/open-campaigns';
import { checkCampaign } from './check-campaign';

type ExportCall = 'campaign.check';

/** The check, preview and export calls of the handler table. */
export function createExportHandlers(campaigns: OpenCampaigns): Pick<Handlers, ExportCall> {
  return {
    'campaign.check': ({ campaignId }) => checkCampaign(campaigns.get(campaignId).db),
  };
}
