import { z } from 'zod';
import { exportRequestSchema } from '../merge/export-request';
import { mailSettingsSchema, sendProgressSchema, sendRequestSchema, sendSummarySchema } from '../mail/mail-settings';
import { DELIVERY_CHANNELS, DELIVERY_KINDS } from '../model/delivery';
import { addendumTextSchema } from './addendum-text';

const campaignRef = z.object({ campaignId: z.string().min(1).max(100) });
const jobRef = z.object({ jobId: z.string().min(1).max(100) });

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

const mailSettingsStateSchema = z.object({
  settings: mailSettingsSchema.nullable(),
  /** Where the password comes from: the OS keychain (desktop), UNDERSIGNED_SMTP_PASSWORD, or nowhere yet. */
  password: z.enum(['keychain', 'environment', 'none']),
  /** Whether this app can keep a password (Electron's safeStorage); web mode reads the environment only. */
  canStorePassword: z.boolean(),
});

/** The addendum, the delivery history and e-mail sending. */
export const DELIVERY_CALLS = {
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
  'mail.settings': { input: z.object({}), output: mailSettingsStateSchema },
  'mail.saveSettings': {
    input: z.object({ settings: mailSettingsSchema, password: z.string().max(1000).nullable().optional() }),
    output: mailSettingsStateSchema,
  },
  'mail.test': { input: campaignRef.extend({ request: sendRequestSchema, to: z.string().trim().min(3).max(320) }), output: sendSummarySchema },
  'mail.send': { input: campaignRef.extend({ request: sendRequestSchema }), output: z.object({ jobId: z.string() }) },
  'mail.progress': { input: jobRef, output: sendProgressSchema },
  'mail.cancel': { input: jobRef, output: z.object({ cancelled: z.boolean() }) },
} as const;
