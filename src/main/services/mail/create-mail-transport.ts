import nodemailer, { type Transporter } from 'nodemailer';
import type { MailSettings } from '../../../shared/mail/mail-settings';
import { UserError } from '../../../shared/model/user-error';

export interface MailTransportOptions {
  /** Milliseconds to wait for a connection, a greeting or an answer; default 20 seconds. */
  timeoutMs?: number;
}

/** One SMTP connection (reused between messages) with the user's settings and password. */
export function createMailTransport(settings: MailSettings, password: string | null, options: MailTransportOptions = {}): Transporter {
  const timeout = options.timeoutMs ?? 20_000;
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.user ? { user: settings.user, pass: password ?? '' } : undefined,
    pool: true,
    maxConnections: 1,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** What a failed SMTP exchange means: the server's own reason, and whether trying again later may work. */
export function describeMailError(error: unknown): { reason: string; temporary: boolean; connection: boolean } {
  const smtp = error as SmtpError;
  const reason = (smtp.response ?? smtp.message ?? String(error)).trim();
  if (typeof smtp.responseCode === 'number') return { reason, temporary: smtp.responseCode >= 400 && smtp.responseCode < 500, connection: false };
  const connection = ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED'].includes(smtp.code ?? '');
  return { reason, temporary: connection && smtp.code !== 'EAUTH', connection };
}

/** Checks that the server answers and accepts the login, with a message that says what to fix. */
export async function verifyMailTransport(transport: Transporter, settings: MailSettings): Promise<void> {
  try {
    await transport.verify();
  } catch (error) {
    const smtp = error as SmtpError;
    const where = `${settings.host}:${settings.port}`;
    if (smtp.code === 'EAUTH')
      throw new UserError(`The mail server ${where} refused the login of "${settings.user}": ${describeMailError(error).reason}. Check the user name and password.`, {
        code: 'mail-login-refused',
        cause: error,
      });
    if (smtp.code === 'ETIMEDOUT' || /timeout/i.test(smtp.message ?? ''))
      throw new UserError(`The mail server ${where} did not answer in time. Check the host, the port and the security setting.`, {
        code: 'mail-timeout',
        cause: error,
      });
    throw new UserError(`The mail server ${where} cannot be reached: ${describeMailError(error).reason}. Check the host, the port and the security setting.`, {
      code: 'mail-unreachable',
      cause: error,
    });
  }
}
