import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface LocalSmtpServer {
  port: number;
  /** Every message the server accepted, parsed back, with the envelope it came with. */
  messages: { envelopeTo: string[]; mail: ParsedMail; raw: Buffer }[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for tests: login `coordinator` / `password`, no TLS, an address
 * starting `refused@` answered 550, one starting `busy@` answered 451 the first time.
 */
export async function startLocalSmtpServer(): Promise<LocalSmtpServer> {
  const messages: LocalSmtpServer['messages'] = [];
  const busyOnce = new Set<string>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'coordinator' && auth.password === 'password') callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('refused@'))
        return callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      if (address.address.startsWith('busy@') && !busyOnce.has(address.address)) {
        busyOnce.add(address.address);
        return callback(Object.assign(new Error('4.7.1 Try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            messages.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail, raw });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
