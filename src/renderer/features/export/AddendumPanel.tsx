import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import type { AddendumStatus } from '../../../shared/contract/addendum';
import { DEFAULT_NAME_PATTERN, type ExportFormatChoice, type ExportProgress } from '../../../shared/merge/export-request';
import { api, downloadExport, isElectron } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { PdfPages } from '../preview/PdfPages';
import { useJobProgress } from './use-job-progress';
import { ExportFailureList } from './ExportFailureList';

type Words = CallOutput<'addendum.text'>;

const STATUS_LABELS: Record<AddendumStatus['recipients'][number]['status'], string> = {
  addendum: 'Addendum',
  'nothing-new': 'Nothing new',
  'needs-letter': 'Never received the letter: send the full letter',
  unknown: 'Unknown: exported before Undersigned recorded what each recipient received',
};

/** The addendum: its words (editable, with merge fields), who gets one and what it tells them, preview and export. */
export function AddendumPanel({ status, includeWithdrawn, onIncludeWithdrawn, onExported }: {
  status: AddendumStatus | null;
  includeWithdrawn: boolean;
  onIncludeWithdrawn(value: boolean): void;
  onExported(): void;
}) {
  const { campaign } = useCampaign();
  const campaignId = campaign.campaignId;
  const [words, setWords] = useState<Words | null>(null);
  const [draft, setDraft] = useState<Words | null>(null);
  const [format, setFormat] = useState<ExportFormatChoice>('pdf');
  const [combined, setCombined] = useState(false);
  const [preview, setPreview] = useState<CallOutput<'addendum.preview'> | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress<ExportProgress>(jobId, (id) => api['export.progress']({ jobId: id }), setError);

  useEffect(() => {
    api['addendum.text']({ campaignId }).then((loaded) => {
      setWords(loaded);
      setDraft(loaded);
    }, (reason: Error) => setError(reason.message));
  }, [campaignId]);
  useEffect(() => {
    if (progress && progress.state !== 'running') onExported();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [progress?.state]);

  const save = useCallback((next: Words | null) => {
    api['addendum.saveText']({ campaignId, words: next && { text: next.text, withdrawnText: next.withdrawnText } }).then((saved) => {
      setWords(saved);
      setDraft(saved);
    }, (reason: Error) => setError(reason.message));
  }, [campaignId]);

  const withAddendum = status?.recipients.filter((recipient) => recipient.status === 'addendum') ?? [];
  const running = progress?.state === 'running';
  return (
    <div className="addendum-panel">
      <section aria-labelledby="addendum-words">
        <h2 id="addendum-words">The addendum’s words</h2>
        {draft && (
          <form onSubmit={(event) => (event.preventDefault(), save(draft))}>
            <label>
              Before the list of organisations that joined
              <textarea rows={5} value={draft.text} onChange={(event) => setDraft({ ...draft, text: event.target.value })} />
            </label>
            <label>
              Before the organisations that withdrew
              <textarea rows={2} value={draft.withdrawnText} onChange={(event) => setDraft({ ...draft, withdrawnText: event.target.value })} />
            </label>
            <p className="muted">
              Merge fields as in the letter, e.g. {'{{recipient.salutation}}'}, plus {'{{addendum.letterDate}}'} (the date of their letter) and{' '}
              {'{{addendum.count}}'}. A blank line starts a new paragraph.
            </p>
            <button type="submit" disabled={draft.text === words?.text && draft.withdrawnText === words?.withdrawnText}>
              Save the words
            </button>
            {words?.edited && (
              <button type="button" onClick={() => save(null)}>
                Back to the default words
              </button>
            )}
          </form>
        )}
      </section>

      <section aria-labelledby="addendum-recipients">
        <h2 id="addendum-recipients">Who gets an addendum</h2>
        <label>
          <input type="checkbox" checked={includeWithdrawn} onChange={(event) => onIncludeWithdrawn(event.target.checked)} />
          Also name the organisations that asked to withdraw their signature
        </label>
        {status && !status.sentBefore && <p className="muted">Nothing has been exported or sent yet: the letters go first.</p>}
        {status && status.sentBefore && (
          <table className="addendum-recipients">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Addendum</th>
                <th scope="col">Since</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {status.recipients.map((recipient) => (
                <tr key={recipient.recipientId}>
                  <th scope="row">{recipient.label}</th>
                  <td>
                    {recipient.status === 'addendum'
                      ? `${recipient.added.length} joined${recipient.withdrawn.length > 0 ? `, ${recipient.withdrawn.length} withdrew` : ''}`
                      : STATUS_LABELS[recipient.status]}
                  </td>
                  <td>{recipient.since ? new Date(recipient.since).toLocaleString() : ''}</td>
                  <td>
                    {recipient.status === 'addendum' && (
                      <button
                        type="button"
                        onClick={() =>
                          void api['addendum.preview']({ campaignId, recipientId: recipient.recipientId, includeWithdrawn }).then(setPreview, (reason: Error) =>
                            setError(reason.message),
                          )
                        }
                      >
                        Preview
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="addendum-export">
        <h2 id="addendum-export">Export the addenda</h2>
        <fieldset disabled={running}>
          <legend>Format</legend>
          {(['pdf', 'docx', 'both'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name="addendum-format" checked={format === choice} onChange={() => setFormat(choice)} />
              {choice === 'pdf' ? 'PDF' : choice === 'docx' ? 'Word (DOCX)' : 'PDF and Word'}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={combined} onChange={(event) => setCombined(event.target.checked)} />
            Also one combined file
          </label>
        </fieldset>
        <button
          type="button"
          className="primary"
          disabled={running || withAddendum.length === 0}
          onClick={() => {
            setError(null);
            api['addendum.export']({
              campaignId,
              includeWithdrawn,
              request: { format, perRecipient: true, combined, namePattern: DEFAULT_NAME_PATTERN, force: false },
            }).then((started) => started.jobId && setJobId(started.jobId), (reason: Error) => setError(reason.message));
          }}
        >
          Export {withAddendum.length === 1 ? 'addendum' : 'addenda'} for {withAddendum.length} recipient{withAddendum.length === 1 ? '' : 's'}…
        </button>
        {progress && (
          <p role="status">
            {progress.state === 'running' && `Writing ${progress.done} of ${progress.total}…`}
            {progress.state === 'done' &&
              `Done: ${progress.files.length} file${progress.files.length === 1 ? '' : 's'}${progress.failures.length > 0 ? ` written, ${progress.failures.length} not written,` : ''} in ${progress.folder}.`}
            {progress.state === 'cancelled' && `Cancelled: ${progress.files.length} files written, each complete.`}
            {progress.state === 'failed' && `The export failed: ${progress.error ?? 'unknown error'}`}
          </p>
        )}
        {progress && progress.state !== 'running' && <ExportFailureList failures={progress.failures} />}
        {running && jobId && (
          <button type="button" onClick={() => void api['export.cancel']({ jobId })}>
            Cancel
          </button>
        )}
        {!isElectron && jobId && progress && progress.state !== 'running' && progress.files.length > 0 && (
          <button type="button" onClick={() => void downloadExport(jobId).catch((reason: Error) => setError(reason.message))}>
            Download {progress.files.length === 1 ? 'the file' : `the ${progress.files.length} files (zip)`}
          </button>
        )}
      </section>

      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {preview && (
        <section aria-label={`Addendum for ${preview.recipient}`} className="addendum-preview">
          <PdfPages pdfBase64={preview.pdfBase64} label={`Addendum for ${preview.recipient}`} />
        </section>
      )}
    </div>
  );
}
