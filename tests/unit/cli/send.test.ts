import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeliveries } from '../../../src/main/services/deliveries/list-deliveries';
import { runSendJob } from '../../../src/main/services/mail/run-send-job';
import { DEFAULT_MAIL_PATTERNS } from '../../../src/shared/mail/mail-settings';
import { startLocalSmtpServer, type LocalSmtpServer } from '../../fixtures/mail/local-smtp-server';
import { cli, createCliCampaign, withCampaign } from './cli-campaign';

let folder: string;
let campaignPath: string;
let remove: () => void;
let server: LocalSmtpServer;

const PASSWORD = 'password';
type Summary = { sent: { recipient: string; to: string }[]; skipped: { recipient: string; reason: string }[]; failed: { recipient: string; to: string; reason: string }[] };

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  ({ folder, campaignPath, remove } = await createCliCampaign('undersigned-cli-send-'));
  withCampaign(campaignPath, (db) => {
    const setEmail = db.prepare('UPDATE recipients SET email = ? WHERE organization = ?');
    setEmail.run('chair@au.example.org', 'African Union');
    setEmail.run('secretariat at asean', 'Association of Southeast Asian Nations');
    setEmail.run('refused@ecowas.example.org', 'Economic Community of West African States');
    setEmail.run('sg@oas.example.org', 'Organization of American States');
    // The League has no address.
  });
  server = await startLocalSmtpServer();
});
afterAll(async () => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  delete process.env.UNDERSIGNED_SMTP_PASSWORD;
  await server.close();
  remove();
});

describe('undersigned send', () => {
  it('sends each recipient their own letter, reports refusals and skips, never sends twice, keeps no password', async () => {
    const check = await cli('check', campaignPath, '--json');
    expect((JSON.parse(check.stdout) as { warnings: string[] }).warnings).toContain(
      'Recipient “Kao Kim Hourn, Association of Southeast Asian Nations”: “secretariat at asean” is not an e-mail address; the letter cannot be sent to it by e-mail.',
    );
    const smtp = `smtp://coordinator@127.0.0.1:${server.port}`;
    const dry = await cli('send', campaignPath, '--smtp', smtp, '--from', 'coalition@example.org', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.stdout) as Summary;
    expect(planned.sent).toEqual([
      { recipient: 'Moussa Faki Mahamat, African Union', to: 'chair@au.example.org' },
      { recipient: 'Omar Alieu Touray, Economic Community of West African States', to: 'refused@ecowas.example.org' },
    ]);
    expect(planned.skipped).toEqual([
      { recipient: 'Kao Kim Hourn, Association of Southeast Asian Nations', reason: '"secretariat at asean" is not an e-mail address' },
      { recipient: 'Organization of American States', reason: 'the letter has unresolved fields: recipient.name' },
      { recipient: 'Ahmed Aboul Gheit, League of Arab States', reason: 'no e-mail address' },
    ]);
    expect(server.messages).toHaveLength(0);

    process.env.UNDERSIGNED_SMTP_PASSWORD = 'not the password';
    const refusedLogin = await cli('send', campaignPath, '--smtp', smtp, '--from', 'coalition@example.org', '--json');
    expect(refusedLogin.code).toBe(1);
    expect(refusedLogin.stderr).toMatch(/The mail server 127\.0\.0\.1:\d+ refused the login of "coordinator": 535/);

    process.env.UNDERSIGNED_SMTP_PASSWORD = PASSWORD;
    const sent = await cli('send', campaignPath, '--smtp', smtp, '--from', 'coalition@example.org', '--attach', 'both', '--subject', 'For {recipient.organization}: {letter.title}', '--json');
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(1);
    const summary = JSON.parse(sent.stdout) as Summary;
    expect(summary.sent).toEqual([{ recipient: 'Moussa Faki Mahamat, African Union', to: 'chair@au.example.org' }]);
    expect(summary.failed).toEqual([
      { recipient: 'Omar Alieu Touray, Economic Community of West African States', to: 'refused@ecowas.example.org', reason: expect.stringContaining('550') },
    ]);

    expect(server.messages).toHaveLength(1);
    const [message] = server.messages;
    expect(message!.envelopeTo).toEqual(['chair@au.example.org']);
    expect(message!.mail.to).toMatchObject({ text: 'chair@au.example.org' });
    expect(message!.mail.cc).toBeUndefined();
    expect(message!.mail.subject).toBe('For African Union: Letter to ministers');
    expect(message!.mail.text).toContain('Your Excellency,');
    expect(message!.mail.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([
      [expect.stringMatching(/^African Union - .+\.pdf$/), 'application/pdf'],
      [expect.stringMatching(/^African Union - .+\.docx$/), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    const pdfPath = join(folder, 'attachment.pdf');
    writeFileSync(pdfPath, message!.mail.attachments[0]!.content);
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('H.E. Moussa Faki Mahamat');
    expect(pdf).toContain('Human Rights Watch (United States)');

    const recorded = withCampaign(campaignPath, (db) => listDeliveries(db));
    expect(recorded.map((delivery) => [delivery.channel, delivery.recipientLabel, delivery.address, delivery.messageId])).toEqual([
      ['email', 'Moussa Faki Mahamat, African Union', 'chair@au.example.org', message!.mail.messageId],
    ]);

    const again = await cli('send', campaignPath, '--smtp', smtp, '--from', 'coalition@example.org', '--json');
    const second = JSON.parse(again.stdout) as Summary;
    expect(second.sent).toEqual([]);
    expect(second.skipped[0]).toEqual({ recipient: 'Moussa Faki Mahamat, African Union', reason: expect.stringMatching(/^already sent on \d{4}-\d{2}-\d{2}$/) });
    expect(server.messages).toHaveLength(1);

    const resent = await cli('send', campaignPath, '--smtp', smtp, '--from', 'coalition@example.org', '--resend', '--json');
    expect((JSON.parse(resent.stdout) as Summary).sent.map((entry) => entry.to)).toEqual(['chair@au.example.org']);
    expect(server.messages).toHaveLength(2);

    // The password is in no file the campaign left behind.
    for (const name of readdirSync(folder)) {
      expect(readFileSync(join(folder, name)).includes(Buffer.from(PASSWORD)), name).toBe(false);
    }
  }, 180_000); // seven CLI processes, each a cold Node start: under load they take minutes

  it('tries a temporary refusal (451) again, and names a server that is down or silent', async () => {
    const settings = { host: '127.0.0.1', port: server.port, security: 'none' as const, user: 'coordinator', from: 'coalition@example.org', replyTo: 'replies@example.org', messagesPerMinute: 6_000 };
    withCampaign(campaignPath, (db) => db.prepare('UPDATE recipients SET email = ? WHERE organization = ?').run('busy@au.example.org', 'African Union'));
    const before = server.messages.length;
    const summary = await withCampaign(campaignPath, (db) =>
      runSendJob({ db, settings, password: PASSWORD, request: { ...DEFAULT_MAIL_PATTERNS.en, attach: 'pdf', resend: true }, workers: 0, retry: { attempts: 3, delayMs: 10 } }),
    );
    expect(summary.sent).toEqual([{ recipient: 'Moussa Faki Mahamat, African Union', to: 'busy@au.example.org' }]);
    expect(server.messages.length).toBe(before + 1);
    expect(server.messages.at(-1)!.mail.subject).toBe('Joint letter: Letter to ministers');
    expect(server.messages.at(-1)!.mail.replyTo).toMatchObject({ text: 'replies@example.org' });

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      withCampaign(campaignPath, (db) => runSendJob({ db, settings: { ...settings, port: closedPort }, password: PASSWORD, request: { ...DEFAULT_MAIL_PATTERNS.en, attach: 'pdf', resend: true }, workers: 0 })),
    ).rejects.toThrow(new RegExp(`The mail server 127\\.0\\.0\\.1:${closedPort} cannot be reached`));

    // A server that takes the connection and never says hello.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    try {
      await expect(
        withCampaign(campaignPath, (db) => runSendJob({ db, settings: { ...settings, port: silentPort }, password: PASSWORD, request: { ...DEFAULT_MAIL_PATTERNS.en, attach: 'pdf', resend: true }, workers: 0, timeoutMs: 300 })),
      ).rejects.toThrow(/did not answer in time/);
    } finally {
      silent.close();
    }
  });
});
