import { getLetter } from '../../main/services/campaign/letters';
import { parseSmtpUrl } from '../../main/services/mail/parse-smtp-url';
import { runSendJob } from '../../main/services/mail/run-send-job';
import { isEmailAddress } from '../../shared/mail/is-email-address';
import { DEFAULT_MAIL_PATTERNS, mailSettingsSchema } from '../../shared/mail/mail-settings';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, UsageError, type Command } from '../command';
import { withCancellableCampaign } from '../with-cancellable-campaign';

export const sendCommand: Command = {
  name: 'send',
  usage:
    'undersigned send <campaign> --smtp smtp://HOST:PORT --from ADDR [--subject "<pattern>"] [--attach pdf|docx|both] [--resend] [--dry-run] [--json]',
  summary:
    'E-mail each included recipient their own letter (password from UNDERSIGNED_SMTP_PASSWORD; smtps:// for TLS); skips recipients already sent to unless --resend; exit 1 when any message failed.',
  options: {
    smtp: { type: 'string' },
    from: { type: 'string' },
    subject: { type: 'string' },
    attach: { type: 'string' },
    resend: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    if (typeof values.smtp !== 'string') throw new UsageError('--smtp smtp://HOST:PORT is required');
    if (typeof values.from !== 'string' || !isEmailAddress(values.from)) throw new UsageError('--from needs your e-mail address');
    const attach = values.attach ?? 'pdf';
    if (attach !== 'pdf' && attach !== 'docx' && attach !== 'both') throw new UsageError('--attach must be pdf, docx or both');
    if (typeof values.subject === 'string' && values.subject.trim() === '') throw new UsageError('--subject needs a pattern, e.g. "Joint letter: {letter.title}"');
    const server = parseSmtpUrl(values.smtp);
    const cancelling = 'Cancelling: the message being sent will finish, no more will start.';
    return withCancellableCampaign(path, io, cancelling, async (campaign, signal) => {
      const patterns = DEFAULT_MAIL_PATTERNS[getLetter(campaign.db).settings.language];
      const summary = await runSendJob({
        db: campaign.db,
        settings: mailSettingsSchema.parse({ ...server, from: values.from, replyTo: '', messagesPerMinute: 60 }),
        password: process.env.UNDERSIGNED_SMTP_PASSWORD ?? null,
        request: { subject: typeof values.subject === 'string' ? values.subject : patterns.subject, body: patterns.body, attach, resend: values.resend === true },
        dryRun: values['dry-run'] === true,
        signal,
      });
      const { sent, skipped, failed } = summary;
      if (values.json) printJson(io, { sent, skipped, failed, ...(values['dry-run'] ? { dryRun: true } : {}) });
      else {
        const verb = values['dry-run'] ? 'Would send' : 'Sent';
        io.stdout(`${verb} ${sent.length} message${sent.length === 1 ? '' : 's'}, skipped ${skipped.length}, failed ${failed.length}.\n`);
        for (const entry of sent) io.stdout(`  ${values['dry-run'] ? 'would send' : 'sent'}: ${entry.recipient} <${entry.to}>\n`);
        for (const entry of skipped) io.stdout(`  skipped: ${entry.recipient} (${entry.reason})\n`);
        for (const entry of failed) io.stdout(`  failed: ${entry.recipient} <${entry.to}>: ${entry.reason}\n`);
      }
      return failed.length > 0 || summary.cancelled ? 1 : 0;
    });
  },
};
