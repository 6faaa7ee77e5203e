import { useEffect, useMemo, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import type { Recipient } from '../../../shared/model/recipient';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { PdfPages } from './PdfPages';
import './preview.css';

type Preview = CallOutput<'preview.render'>;

type LabelledRecipient = { recipient: Recipient; label: string };

function matchingRecipients(labelled: LabelledRecipient[], query: string): LabelledRecipient[] {
  const words = query.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return labelled;
  return labelled.filter(({ recipient, label }) =>
    words.every((word) => `${label} ${recipient.title ?? ''} ${recipient.country ?? ''}`.toLocaleLowerCase().includes(word)),
  );
}

/** Preview: pick a recipient (search, previous, next) and see the exact PDF the export writes for them. */
export function PreviewPanel() {
  const { campaign } = useCampaign();
  const campaignId = campaign.campaignId;
  const [recipients, setRecipients] = useState<Recipient[] | null>(null);
  const [query, setQuery] = useState('');
  const [recipientId, setRecipientId] = useState<number | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(false);
  const [renderCount, setRenderCount] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api['recipients.list']({ campaignId }).then(
      (loaded) => {
        const included = loaded.recipients.filter((recipient) => recipient.included);
        setRecipients(included);
        setRecipientId((current) => current ?? included[0]?.id ?? null);
      },
      (reason: Error) => setError(reason.message),
    );
  }, [campaignId]);

  useEffect(() => {
    if (recipients === null) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      setLoading(true);
      api['preview.render']({ campaignId, recipientId }).then(
        (rendered) => {
          if (cancelled) return;
          setPreview(rendered);
          setError(null);
          setLoading(false);
        },
        (reason: Error) => {
          if (cancelled) return;
          setError(reason.message);
          setLoading(false);
        },
      );
    }, 120);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [campaignId, recipientId, recipients, campaign.letter.updatedAt, renderCount]);

  const labelled = useMemo(
    () => (recipients ?? []).map((recipient, position) => ({ recipient, label: recipientLabel(recipient, position) })),
    [recipients],
  );
  const shown = useMemo(() => matchingRecipients(labelled, query), [labelled, query]);
  const index = labelled.findIndex(({ recipient }) => recipient.id === recipientId);
  const step = (by: number) => {
    const next = labelled[index + by];
    if (next) setRecipientId(next.recipient.id);
  };

  return (
    <div className="preview-panel">
      <div className="preview-picker" role="group" aria-label="Recipient to preview">
        <button type="button" onClick={() => step(-1)} disabled={index <= 0} aria-label="Previous recipient">
          ‹ Previous
        </button>
        <input
          type="search"
          placeholder="Search by name"
          aria-label="Search recipients to preview"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            // The first match is shown at once, as a search box is expected to do.
            const matches = matchingRecipients(labelled, event.target.value);
            if (matches.length > 0 && !matches.some(({ recipient }) => recipient.id === recipientId))
              setRecipientId(matches[0]!.recipient.id);
          }}
        />
        <select
          aria-label="Recipient"
          value={recipientId ?? ''}
          onChange={(event) => setRecipientId(event.target.value === '' ? null : Number(event.target.value))}
        >
          {labelled.length === 0 && <option value="">No recipient: the letter alone</option>}
          {shown.map(({ recipient, label }) => (
            <option key={recipient.id} value={recipient.id}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => step(1)} disabled={index < 0 || index >= labelled.length - 1} aria-label="Next recipient">
          Next ›
        </button>
        <span className="muted">{index >= 0 ? `${index + 1} of ${labelled.length}` : ''}</span>
        <button type="button" onClick={() => setRenderCount((count) => count + 1)} disabled={loading}>
          Render again
        </button>
        <span className="muted preview-rendering" role="status">
          {loading ? 'Rendering the letter…' : ''}
        </span>
        {loading && <progress aria-label="Rendering the letter" />}
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {preview && preview.unresolved.length > 0 && (
        <p className="preview-warning" role="status">
          No value for {preview.unresolved.map((field) => field.label).join(', ')}: {preview.unresolved.length === 1 ? 'it is' : 'they are'}{' '}
          shown marked, as “export anyway” would write {preview.unresolved.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {preview && <PdfPages pdfBase64={preview.pdfBase64} label={`Letter to ${preview.recipient ?? 'no recipient'}`} />}
    </div>
  );
}
