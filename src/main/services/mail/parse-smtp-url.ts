import type { MailSettings } from '../../../shared/mail/mail-settings';
import { UserError } from '../../../shared/model/user-error';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Mail settings from `smtp://[user@]host[:port]` (STARTTLS required, port 587; a relay on this
 * machine is spoken to in plain text) or `smtps://[user@]host[:port]` (TLS from the start, port 465).
 */
export function parseSmtpUrl(text: string): Pick<MailSettings, 'host' | 'port' | 'security' | 'user'> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`--smtp "${text}" is not an address such as smtp://mail.example.org:587.`, { code: 'bad-smtp-url' });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new UserError(`--smtp "${text}" must start with smtp:// (STARTTLS) or smtps:// (TLS).`, { code: 'bad-smtp-url' });
  if (url.hostname === '') throw new UserError(`--smtp "${text}" names no host.`, { code: 'bad-smtp-url' });
  const tls = url.protocol === 'smtps:';
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : tls ? 465 : 587,
    security: tls ? 'tls' : LOOPBACK.has(url.hostname) ? 'none' : 'starttls',
    user: decodeURIComponent(url.username),
  };
}
