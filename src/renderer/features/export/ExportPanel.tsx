import { useEffect, useRef, useState } from 'react';
import {
  DEFAULT_NAME_PATTERN,
  type ExportFormatChoice,
  type ExportProgress,
  type ExportRequest,
} from '../../../shared/merge/export-request';
import { api, ApiError, downloadExport, isElectron } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { useJobProgress } from './use-job-progress';
import { ExportFailureList } from './ExportFailureList';

const FORMAT_LABELS: Record<ExportFormatChoice, string> = { pdf: 'PDF', docx: 'Word (DOCX)', both: 'PDF and Word' };

/** The export form, its progress bar with cancel, and the summary with "Open folder". */
export function ExportPanel({ unresolvedCount, onUnresolved }: { unresolvedCount: number; onUnresolved(): void }) {
  const { campaign, notify } = useCampaign();
  const campaignId = campaign.campaignId;
  const [request, setRequest] = useState<ExportRequest>({
    format: 'both',
    perRecipient: true,
    combined: false,
    namePattern: DEFAULT_NAME_PATTERN,
    force: false,
  });
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useJobProgress<ExportProgress>(jobId, (id) => api['export.progress']({ jobId: id }), setError);
  const [starting, setStarting] = useState(false);
  const running = progress?.state === 'running' || starting;
  const downloaded = useRef<string | null>(null);
  const download = (id: string) => void downloadExport(id).catch((reason: Error) => setError(reason.message));
  // Web mode has no folder to open: a finished export goes to the browser's downloads at once (a cancelled one on request).
  useEffect(() => {
    if (isElectron || !jobId || progress?.state !== 'done' || progress.files.length === 0 || downloaded.current === jobId) return;
    downloaded.current = jobId;
    download(jobId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jobId, progress?.state]);

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      const started = await api['export.start']({ campaignId, request });
      if (started.jobId) {
        setJobId(started.jobId);
      }
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'unresolved-fields') onUnresolved();
      setError((reason as Error).message);
    } finally {
      setStarting(false);
    }
  };

  const update = (change: Partial<ExportRequest>) => setRequest((current) => ({ ...current, ...change }));
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const blocked = unresolvedCount > 0 && !request.force;

  return (
    <div className="export-panel">
      <form
        className="export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void start();
        }}
      >
        <fieldset disabled={running}>
          <legend>Format</legend>
          {(Object.keys(FORMAT_LABELS) as ExportFormatChoice[]).map((format) => (
            <label key={format}>
              <input type="radio" name="format" value={format} checked={request.format === format} onChange={() => update({ format })} />
              {FORMAT_LABELS[format]}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={running}>
          <legend>Files</legend>
          <label>
            <input type="checkbox" checked={request.perRecipient} onChange={(event) => update({ perRecipient: event.target.checked })} />
            One file per recipient
          </label>
          <label>
            <input type="checkbox" checked={request.combined} onChange={(event) => update({ combined: event.target.checked })} />
            One combined file (each letter on a new page)
          </label>
          <label className="name-pattern">
            File names
            <input
              value={request.namePattern}
              onChange={(event) => update({ namePattern: event.target.value })}
              aria-describedby="name-pattern-help"
            />
          </label>
          <span id="name-pattern-help" className="muted">
            Fields in braces, e.g. {'{recipient.organization} - {date}'} or {'{recipient.country}'}; names are made safe and unique.
          </span>
        </fieldset>
        {unresolvedCount > 0 && (
          <label className="export-anyway">
            <input
              type="checkbox"
              checked={request.force}
              disabled={running}
              onChange={(event) => update({ force: event.target.checked })}
            />
            Export anyway: {unresolvedCount} letter{unresolvedCount === 1 ? '' : 's'} will show the missing field’s name, marked
          </label>
        )}
        <div className="export-actions">
          <button
            type="submit"
            className="primary"
            disabled={running || blocked || (!request.perRecipient && !request.combined) || request.namePattern.trim() === ''}
          >
            {starting ? 'Choosing a folder…' : 'Export…'}
          </button>
          {blocked && <span className="muted">Fill the missing fields first, or choose “Export anyway”.</span>}
        </div>
      </form>

      {error && (
        <p role="alert" className="error-banner export-error">
          {error}
        </p>
      )}

      {progress && (
        <section className="export-progress" aria-label="Export progress">
          <progress max={progress.total || 1} value={progress.done} aria-label={`${progress.done} of ${progress.total}`} />
          <p role="status">
            {progress.state === 'running' &&
              (progress.total === 0
                ? 'Starting: checking the letters and loading the exporters…'
                : progress.current
                  ? `Writing ${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.current}`
                  : `${progress.done} of ${progress.total} (${percent}%)`)}
            {progress.state === 'done' &&
              `Done: ${progress.files.length} file${progress.files.length === 1 ? '' : 's'} written${progress.failures.length > 0 ? `, ${progress.failures.length} not written` : ''} in ${(progress.elapsedMs / 1000).toFixed(1)} s.${isElectron || progress.files.length === 0 ? '' : ' Your browser is downloading them.'}`}
            {progress.state === 'cancelled' &&
              `Cancelled: the ${progress.files.length} file${progress.files.length === 1 ? '' : 's'} written so far are complete; nothing was left half-written.`}
            {progress.state === 'failed' && `The export failed: ${progress.error ?? 'unknown error'}`}
          </p>
          {progress.state === 'running' && (
            <button
              type="button"
              onClick={() => jobId && void api['export.cancel']({ jobId }).catch((reason: Error) => setError(reason.message))}
            >
              Cancel
            </button>
          )}
          {progress.state !== 'running' && <ExportFailureList failures={progress.failures} />}
          {progress.state !== 'running' && (
            <div className="export-summary">
              <p className="muted">
                {isElectron ? 'Folder' : 'Kept on the server in'}: {progress.folder}
              </p>
              {isElectron ? (
                <button
                  type="button"
                  onClick={() =>
                    jobId &&
                    void api['export.openFolder']({ jobId }).then(
                      (opened) => !opened.opened && notify(`The files are in ${opened.folder}`),
                      (reason: Error) => setError(reason.message),
                    )
                  }
                >
                  Open folder
                </button>
              ) : (
                progress.files.length > 0 && (
                  <button type="button" onClick={() => jobId && download(jobId)}>
                    {progress.files.length === 1 ? 'Download the file' : `Download the ${progress.files.length} files (zip)`}
                  </button>
                )
              )}
              {progress.warnings.some((warning) => !warning.startsWith('Not written: ')) && (
                <ul className="check-list">
                  {progress.warnings.filter((warning) => !warning.startsWith('Not written: ')).map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              )}
              {progress.files.length > 0 && (
                <details>
                  <summary>{progress.files.length} files</summary>
                  <ul className="export-files">
                    {progress.files.map((file) => (
                      <li key={file}>{file}</li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
