import { z } from 'zod';
import { letterSchema } from './letter';

/** An open campaign as the renderer sees it: a handle, never a path it could change. */
export const campaignStateSchema = z.object({
  campaignId: z.string(),
  name: z.string(),
  fileName: z.string(),
  letter: letterSchema,
  counts: z.object({ signatories: z.number().int(), recipients: z.number().int() }),
});
export type CampaignState = z.infer<typeof campaignStateSchema>;

export const campaignEntrySchema = z.object({
  /** Opaque id the main process maps to a path it holds. */
  entryId: z.string(),
  name: z.string(),
  location: z.string(),
  lastOpenedAt: z.string().nullable(),
});
export type CampaignEntry = z.infer<typeof campaignEntrySchema>;
