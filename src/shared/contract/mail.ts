import { z } from 'zod';
import { mailSettingsSchema, sendProgressSchema, sendRequestSchema, sendSummarySchema } from '../mail/mail-settings';
import { campaignRef, jobRef } from './references';

const mailSettingsStateSchema = z.object({
  settings: mailSettingsSchema.nullable(),
  /** Where the password comes from: the OS keychain (desktop), UNDERSIGNED_SMTP_PASSWORD, or nowhere yet. */
  password: z.enum(['keychain', 'environment', 'none']),
  /** Whether this app can keep a password (Electron's safeStorage); web mode reads the environment only. */
  canStorePassword: z.boolean(),
});

/** E-mail sending: the mail server settings, a test message, the send job. */
export const MAIL_CALLS = {
  'mail.settings': { input: z.object({}), output: mailSettingsStateSchema },
  'mail.saveSettings': {
    input: z.object({ settings: mailSettingsSchema, password: z.string().max(1000).nullable().optional() }),
    output: mailSettingsStateSchema,
  },
  'mail.test': {
    input: campaignRef.extend({ request: sendRequestSchema, to: z.string().trim().min(3).max(320) }),
    output: sendSummarySchema,
  },
  'mail.send': { input: campaignRef.extend({ request: sendRequestSchema }), output: z.object({ jobId: z.string() }) },
  'mail.progress': { input: jobRef, output: sendProgressSchema },
  'mail.cancel': { input: jobRef, output: z.object({ cancelled: z.boolean() }) },
} as const;
