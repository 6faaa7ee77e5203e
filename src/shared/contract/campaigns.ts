import { z } from 'zod';
import { campaignEntrySchema, campaignStateSchema } from '../model/campaign';
import { campaignRef } from './references';

/** The campaign files: the list (recent and known), create, open, state, close, rename. */
export const CAMPAIGN_CALLS = {
  'campaigns.list': { input: z.object({}), output: z.array(campaignEntrySchema) },
  'campaign.create': {
    input: z.object({ templateId: z.string().min(1).max(100), title: z.string().trim().min(1).max(200) }),
    output: campaignStateSchema.nullable(),
  },
  'campaign.open': { input: z.object({ entryId: z.string().min(1).max(200).optional() }), output: campaignStateSchema.nullable() },
  'campaign.state': { input: campaignRef, output: campaignStateSchema },
  'campaign.close': { input: campaignRef, output: z.object({ closed: z.boolean() }) },
  'campaign.rename': { input: campaignRef.extend({ name: z.string().trim().min(1).max(200) }), output: campaignStateSchema },
} as const;
