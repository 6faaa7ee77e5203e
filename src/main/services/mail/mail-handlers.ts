import type { AppContext, Handlers } from '../app-context';
import { UserError } from '../../../shared/model/user-error';
import { environmentMailPassword } from './environment-mail-password';
import { readMailSettings, writeMailSettings } from './mail-settings-store';
import { runSendJob } from './run-send-job';
import { SendJobs } from './send-jobs';

type MailCall = 'mail.settings' | 'mail.saveSettings' | 'mail.test' | 'mail.send' | 'mail.progress' | 'mail.cancel';

/** Mail settings (user-data folder; the password in the keychain or the environment), the test send and the send job. */
export function createMailHandlers(context: AppContext): Pick<Handlers, MailCall> {
  const { campaigns, host } = context;
  const passwords = host.mailPassword ?? environmentMailPassword;
  const jobs = new SendJobs();
  const state = () => {
    const password = passwords.read();
    return {
      settings: readMailSettings(host.userDataDir),
      password: password ? passwords.kind : ('none' as const),
      canStorePassword: passwords.write !== undefined,
    };
  };
  const settingsOrError = () => {
    const settings = readMailSettings(host.userDataDir);
    if (!settings) throw new UserError('Set up the mail server first (host, port, security, your address).', { code: 'no-mail-settings' });
    return settings;
  };
  return {
    'mail.settings': () => state(),
    'mail.saveSettings': ({ settings, password }) => {
      writeMailSettings(host.userDataDir, settings);
      if (password !== undefined) {
        if (!passwords.write) throw new UserError('Here the password comes from UNDERSIGNED_SMTP_PASSWORD; it cannot be saved.', { code: 'no-keychain' });
        passwords.write(password);
      }
      return state();
    },
    'mail.test': async ({ campaignId, request, to }) => {
      const { sent, skipped, failed } = await runSendJob({
        db: campaigns.get(campaignId).db,
        settings: settingsOrError(),
        password: passwords.read(),
        request,
        testTo: to,
      });
      return { sent, skipped, failed };
    },
    'mail.send': ({ campaignId, request }) => ({
      jobId: jobs.start({ db: campaigns.get(campaignId).db, settings: settingsOrError(), password: passwords.read(), request }),
    }),
    'mail.progress': ({ jobId }) => jobs.progress(jobId),
    'mail.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
