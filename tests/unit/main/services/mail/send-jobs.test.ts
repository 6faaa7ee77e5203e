import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCampaignFile, type CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { SendJobs } from '../../../../../src/main/services/mail/send-jobs';
import type { MailSettings, SendRequest } from '../../../../../src/shared/mail/mail-settings';
import { startLocalSmtpServer, type LocalSmtpServer } from '../../../../fixtures/mail/local-smtp-server';
import { createCliCampaign } from '../../../cli/cli-campaign';

let campaign: CampaignFile;
let remove: () => void;
let server: LocalSmtpServer;
let settings: MailSettings;
const REQUEST: SendRequest = { subject: 'Joint letter: {letter.title}', body: 'Dear colleagues,', attach: 'pdf', resend: false };

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  const created = await createCliCampaign('undersigned-send-jobs-');
  remove = created.remove;
  campaign = openCampaignFile(created.campaignPath);
  const setEmail = campaign.db.prepare('UPDATE recipients SET email = ? WHERE organization = ?');
  setEmail.run('chair@au.example.org', 'African Union');
  setEmail.run('refused@ecowas.example.org', 'Economic Community of West African States');
  server = await startLocalSmtpServer();
  settings = {
    host: '127.0.0.1',
    port: server.port,
    security: 'none',
    user: 'coordinator',
    from: 'coalition@example.org',
    replyTo: '',
    messagesPerMinute: 6000,
  };
});
afterAll(async () => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  campaign.close();
  await server.close();
  remove();
});

describe('SendJobs', () => {
  it('sends in the background, one send at a time, reports the summary, and names a job it does not know', async () => {
    const jobs = new SendJobs();
    const jobId = jobs.start({ db: campaign.db, settings, password: 'password', request: REQUEST });
    expect(jobs.progress(jobId)).toMatchObject({ jobId, state: 'running' });
    expect(() => jobs.start({ db: campaign.db, settings, password: 'password', request: REQUEST })).toThrow(
      expect.objectContaining({ code: 'send-running' }),
    );
    await expect.poll(() => jobs.progress(jobId).state, { timeout: 60_000, interval: 100 }).not.toBe('running');
    const progress = jobs.progress(jobId);
    expect(progress.state).toBe('done');
    expect(progress.summary.sent.map((sent) => sent.to)).toEqual(['chair@au.example.org']);
    expect(progress.summary.failed.map((failed) => failed.to)).toEqual(['refused@ecowas.example.org']);
    expect(server.messages.map((message) => message.envelopeTo)).toEqual([['chair@au.example.org']]);
    expect(jobs.cancel(jobId)).toBe(false);
    expect(() => jobs.progress('not-a-job')).toThrow(expect.objectContaining({ code: 'unknown-send' }));
  });

  it('turns a refused login into a failed job with the reason', async () => {
    const jobs = new SendJobs();
    const jobId = jobs.start({ db: campaign.db, settings, password: 'wrong', request: { ...REQUEST, resend: true } });
    await expect.poll(() => jobs.progress(jobId).state, { timeout: 60_000, interval: 100 }).not.toBe('running');
    expect(jobs.progress(jobId)).toMatchObject({ state: 'failed' });
    expect(jobs.progress(jobId).error).toMatch(/password|login|auth/i);
  });
});
