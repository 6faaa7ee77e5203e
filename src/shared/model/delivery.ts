import { z } from 'zod';

/** A signatory as a delivered letter printed it: its id then, its name as printed, its matching key. */
export const deliveredSignatorySchema = z.object({ id: z.number().int(), name: z.string(), key: z.string() });
export type DeliveredSignatory = z.infer<typeof deliveredSignatorySchema>;

export const DELIVERY_KINDS = ['letter', 'addendum'] as const;
export const DELIVERY_CHANNELS = ['export', 'email'] as const;

/** One letter or addendum that went to one recipient, by export or by e-mail. */
export const deliverySchema = z.object({
  id: z.number().int(),
  recipientId: z.number().int().nullable(),
  recipientKey: z.string(),
  recipientLabel: z.string(),
  kind: z.enum(DELIVERY_KINDS),
  channel: z.enum(DELIVERY_CHANNELS),
  /** The address an e-mail went to; null for an export. */
  address: z.string().nullable(),
  messageId: z.string().nullable(),
  files: z.array(z.string()),
  deliveredAt: z.string(),
  letterUpdatedAt: z.string().nullable(),
  versionId: z.number().int().nullable(),
  /** The date the letter printed (YYYY-MM-DD). */
  letterDate: z.string(),
  signatories: z.array(deliveredSignatorySchema),
});
export type Delivery = z.infer<typeof deliverySchema>;
