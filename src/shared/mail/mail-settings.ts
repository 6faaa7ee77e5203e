import { z } from 'zod';
import type { LetterLanguage } from '../model/page-settings';

export const MAIL_SECURITY = ['starttls', 'tls', 'none'] as const;

/** How this user sends mail: kept in the user-data folder, never in a campaign. The password is kept apart. */
export const mailSettingsSchema = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65_535),
  /** STARTTLS on a plain connection (587), TLS from the start (465), or neither (a local relay). */
  security: z.enum(MAIL_SECURITY),
  user: z.string().max(320),
  from: z.string().trim().min(3).max(320),
  replyTo: z.string().max(320),
  /** The most messages sent in a minute: mail providers refuse bursts. */
  messagesPerMinute: z.number().int().min(1).max(6_000),
});
export type MailSettings = z.infer<typeof mailSettingsSchema>;

/** What the user chose for one send: the patterns with merge fields and the attachment. */
export const sendRequestSchema = z.object({
  subject: z.string().trim().min(1).max(500),
  body: z.string().max(20_000),
  attach: z.enum(['pdf', 'docx', 'both']),
  /** Send again to recipients who already received the letter by e-mail. */
  resend: z.boolean(),
});
export type SendRequest = z.infer<typeof sendRequestSchema>;

/** The subject and body of a letter's e-mail until the user writes their own, in the letter's language. */
export const DEFAULT_MAIL_PATTERNS: Record<LetterLanguage, { subject: string; body: string }> = {
  en: {
    subject: 'Joint letter: {letter.title}',
    body: '{recipient.salutation | default: "Dear Sir or Madam"},\n\nPlease find attached our joint letter, "{letter.title}", signed by {signatories.count} organisations.\n\nYours sincerely,',
  },
  fr: {
    subject: 'Lettre conjointe : {letter.title}',
    body: '{recipient.salutation | default: "Madame, Monsieur"},\n\nVeuillez trouver ci-joint notre lettre conjointe, « {letter.title} », signée par {signatories.count} organisations.\n\nVeuillez agréer nos salutations distinguées,',
  },
  es: {
    subject: 'Carta conjunta: {letter.title}',
    body: '{recipient.salutation | default: "Estimados señores"}:\n\nAdjuntamos nuestra carta conjunta, «{letter.title}», firmada por {signatories.count} organizaciones.\n\nAtentamente,',
  },
};

/** The summary of a send: who got it, who was skipped and why, who failed and the server's reason. */
export const sendSummarySchema = z.object({
  sent: z.array(z.object({ recipient: z.string(), to: z.string() })),
  skipped: z.array(z.object({ recipient: z.string(), reason: z.string() })),
  failed: z.array(z.object({ recipient: z.string(), to: z.string(), reason: z.string() })),
});
export type SendSummary = z.infer<typeof sendSummarySchema>;

/** Where a send stands; polled by the renderer while it runs. */
export const sendProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  current: z.string(),
  summary: sendSummarySchema,
  error: z.string().nullable(),
});
export type SendProgress = z.infer<typeof sendProgressSchema>;
