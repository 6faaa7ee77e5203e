import { z } from 'zod';
import { exportRequestSchema } from '../merge/export-request';
import { DELIVERY_CHANNELS, DELIVERY_KINDS } from '../model/delivery';
import { addendumTextSchema } from '../deliveries/addendum-text';
import { campaignRef } from './references';

/** Where the addendum stands for each included recipient: the banner and the Addendum tab read it. */
export const addendumStatusSchema = z.object({
  /** Whether anything was ever exported or sent from this campaign. */
  sentBefore: z.boolean(),
  /** The date printed on the letters that went out (the latest, when they differ), or null. */
  lettersDate: z.string().nullable(),
  /** Organizations named as joined in at least one addendum. */
  joined: z.array(z.string()),
  withdrawn: z.array(z.string()),
  recipients: z.array(
    z.object({
      recipientId: z.number().int(),
      label: z.string(),
      status: z.enum(['addendum', 'nothing-new', 'needs-letter', 'unknown']),
      since: z.string().nullable(),
      added: z.array(z.string()),
      withdrawn: z.array(z.string()),
    }),
  ),
});
export type AddendumStatus = z.infer<typeof addendumStatusSchema>;

/** One line of the export history: what one recipient received, when, how. */
export const deliveryHistoryEntrySchema = z.object({
  recipientLabel: z.string(),
  kind: z.enum(DELIVERY_KINDS),
  channel: z.enum(DELIVERY_CHANNELS),
  address: z.string().nullable(),
  deliveredAt: z.string(),
  letterDate: z.string(),
  files: z.array(z.string()),
  signatoryCount: z.number().int(),
});

/** The addendum and the delivery history (what each recipient received). */
export const ADDENDUM_CALLS = {
  'addendum.status': { input: campaignRef.extend({ includeWithdrawn: z.boolean() }), output: addendumStatusSchema },
  'addendum.text': { input: campaignRef, output: addendumTextSchema.extend({ edited: z.boolean() }) },
  'addendum.saveText': { input: campaignRef.extend({ words: addendumTextSchema.nullable() }), output: addendumTextSchema.extend({ edited: z.boolean() }) },
  'addendum.preview': {
    input: campaignRef.extend({ recipientId: z.number().int(), includeWithdrawn: z.boolean() }),
    output: z.object({ pdfBase64: z.string(), recipient: z.string() }),
  },
  'addendum.export': {
    input: campaignRef.extend({ request: exportRequestSchema, includeWithdrawn: z.boolean() }),
    output: z.object({ jobId: z.string().nullable(), folder: z.string().nullable() }),
  },
  'deliveries.list': { input: campaignRef, output: z.array(deliveryHistoryEntrySchema) },
} as const;
