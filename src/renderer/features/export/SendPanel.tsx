import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { DEFAULT_MAIL_PATTERNS, MAIL_SECURITY, type MailSettings, type SendProgress, type SendRequest, type SendSummary } from '../../../shared/mail/mail-settings';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { useJobProgress } from './use-job-progress';

const BLANK_SETTINGS: MailSettings = { host: '', port: 587, security: 'starttls', user: '', from: '', replyTo: '', messagesPerMinute: 30 };
const SECURITY_LABELS: Record<MailSettings['security'], string> = { starttls: 'STARTTLS (port 587)', tls: 'TLS (port 465)', none: 'None (a relay on this computer)' };

function SummaryLists({ summary }: { summary: SendSummary }) {
  return (
    <div className="send-summary">
      <p>
        Sent {summary.sent.length}, skipped {summary.skipped.length}, failed {summary.failed.length}.
      </p>
      {summary.failed.length > 0 && (
        <ul className="check-list">
          {summary.failed.map((entry) => (
            <li key={entry.recipient}>
              {entry.recipient} &lt;{entry.to}&gt;: {entry.reason}
            </li>
          ))}
        </ul>
      )}
      {summary.skipped.length > 0 && (
        <details>
          <summary>Skipped</summary>
          <ul>
            {summary.skipped.map((entry) => (
              <li key={entry.recipient}>
                {entry.recipient}: {entry.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Send by e-mail: the mail server (kept per user), the message patterns, a test send to yourself, the send with progress. */
export function SendPanel({ unresolvedCount, onSent }: { unresolvedCount: number; onSent(): void }) {
  const { campaign } = useCampaign();
  const campaignId = campaign.campaignId;
  const defaults = DEFAULT_MAIL_PATTERNS[campaign.letter.settings.language];
  const [mail, setMail] = useState<CallOutput<'mail.settings'> | null>(null);
  const [settings, setSettings] = useState<MailSettings>(BLANK_SETTINGS);
  const [password, setPassword] = useState('');
  const [request, setRequest] = useState<SendRequest>({ ...defaults, attach: 'pdf', resend: false });
  const [testResult, setTestResult] = useState<SendSummary | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress<SendProgress>(jobId, (id) => api['mail.progress']({ jobId: id }), setError);
  const running = progress?.state === 'running';

  useEffect(() => {
    api['mail.settings']({}).then((loaded) => {
      setMail(loaded);
      if (loaded.settings) setSettings(loaded.settings);
    }, (reason: Error) => setError(reason.message));
  }, []);
  useEffect(() => {
    if (progress && progress.state !== 'running') onSent();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [progress?.state]);

  const saveSettings = () =>
    api['mail.saveSettings']({ settings, ...(mail?.canStorePassword && password ? { password } : {}) }).then((saved) => {
      setMail(saved);
      setPassword('');
    });
  const fail = (reason: Error) => setError(reason.message);
  const text = (key: keyof MailSettings) => ({
    value: String(settings[key]),
    onChange: (event: { target: { value: string } }) => setSettings({ ...settings, [key]: key === 'port' || key === 'messagesPerMinute' ? Number(event.target.value) : event.target.value }),
  });

  return (
    <div className="send-panel">
      <form
        className="mail-settings"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          saveSettings().catch(fail);
        }}
      >
        <fieldset disabled={running}>
          <legend>Mail server (kept for you on this computer, never in the campaign)</legend>
          <label>
            Host <input {...text('host')} required />
          </label>
          <label>
            Port <input type="number" min={1} max={65535} {...text('port')} />
          </label>
          <label>
            Security
            <select value={settings.security} onChange={(event) => setSettings({ ...settings, security: event.target.value as MailSettings['security'] })}>
              {MAIL_SECURITY.map((security) => (
                <option key={security} value={security}>
                  {SECURITY_LABELS[security]}
                </option>
              ))}
            </select>
          </label>
          <label>
            User name <input {...text('user')} autoComplete="username" />
          </label>
          {mail?.canStorePassword ? (
            <label>
              Password{mail.password === 'keychain' ? ' (kept in the system keychain; type to change)' : ''}
              <input type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="current-password" />
            </label>
          ) : (
            <p className="muted">
              The password comes from the UNDERSIGNED_SMTP_PASSWORD environment variable{mail?.password === 'environment' ? ' (set)' : ' (not set)'}.
            </p>
          )}
          <label>
            From <input type="email" {...text('from')} required />
          </label>
          <label>
            Reply-To <input type="email" {...text('replyTo')} />
          </label>
          <label>
            Messages per minute at most <input type="number" min={1} max={6000} {...text('messagesPerMinute')} />
          </label>
          <button type="submit">Save the mail settings</button>
        </fieldset>
      </form>

      <fieldset className="send-message" disabled={running}>
        <legend>The message</legend>
        <label>
          Subject <input value={request.subject} onChange={(event) => setRequest({ ...request, subject: event.target.value })} />
        </label>
        <label>
          Text <textarea rows={6} value={request.body} onChange={(event) => setRequest({ ...request, body: event.target.value })} />
        </label>
        <p className="muted">Fields in braces, e.g. {'{recipient.salutation}'}, {'{letter.title}'}. Each recipient gets one message, to their address only.</p>
        {(['pdf', 'docx', 'both'] as const).map((attach) => (
          <label key={attach}>
            <input type="radio" name="attach" checked={request.attach === attach} onChange={() => setRequest({ ...request, attach })} />
            Attach {attach === 'both' ? 'PDF and Word' : attach === 'pdf' ? 'PDF' : 'Word (DOCX)'}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={request.resend} onChange={(event) => setRequest({ ...request, resend: event.target.checked })} />
          Send again to recipients who already received it by e-mail
        </label>
      </fieldset>

      <div className="export-actions">
        <button
          type="button"
          disabled={running || !mail?.settings}
          onClick={() => {
            setError(null);
            setTestResult(null);
            api['mail.test']({ campaignId, request, to: settings.from }).then(setTestResult, fail);
          }}
        >
          Send a test to {settings.from || 'yourself'}
        </button>
        <button
          type="button"
          className="primary"
          disabled={running || !mail?.settings || unresolvedCount > 0}
          onClick={() => {
            setError(null);
            api['mail.send']({ campaignId, request }).then((started) => setJobId(started.jobId), fail);
          }}
        >
          Send by e-mail
        </button>
        {unresolvedCount > 0 && <span className="muted">Fill the missing fields the check lists first.</span>}
        {running && jobId && (
          <button type="button" onClick={() => void api['mail.cancel']({ jobId }).catch(fail)}>
            Cancel
          </button>
        )}
      </div>
      {testResult && <SummaryLists summary={testResult} />}
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {progress && (
        <section aria-label="Send progress" className="export-progress">
          <progress max={progress.total || 1} value={progress.done} />
          <p role="status">
            {progress.state === 'running' && `Sending ${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.current}`}
            {progress.state === 'failed' && `The send stopped: ${progress.error ?? 'unknown error'}`}
            {progress.state === 'cancelled' && 'Cancelled: no more messages were started.'}
          </p>
          {progress.state !== 'running' && <SummaryLists summary={progress.summary} />}
        </section>
      )}
    </div>
  );
}
