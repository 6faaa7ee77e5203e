import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { api } from '../../api/client';

type Suggestions = CallOutput<'signatories.suggestions'>;
type Pair = Suggestions['suggestions'][number];
type Side = Pair['first'];

interface SuggestionsReviewProps {
  campaignId: string;
  /** Told after each decision, with an undo for a merge. */
  onChanged(message: string, undoToken: string | null): void;
  onClose(): void;
}

function SignatoryCard({ side, chosen, onChoose, group }: { side: Side; chosen: boolean; onChoose(): void; group: string }) {
  const details: [string, string | null][] = [
    ['Acronym', side.acronym],
    ['Country', side.country ?? side.countryCode],
    ['Contact', side.contactName],
    ['Email', side.email],
    ['Status', side.status],
  ];
  return (
    <div className={`suggestion-side${chosen ? ' chosen' : ''}`}>
      <label className="spelling-choice">
        <input type="radio" name={group} checked={chosen} onChange={onChoose} />
        <span className="suggestion-name">{side.name}</span>
      </label>
      <dl>
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <ul className="provenance" aria-label="Where it came from">
        {side.provenance.length === 0 && <li className="muted">Added by hand</li>}
        {side.provenance.map((entry) => (
          <li key={`${entry.sourceId}:${entry.row}`}>
            {entry.fileName}, row {entry.row} <span className="muted">· imported {entry.importedAt.slice(0, 10)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SuggestionPair({ pair, busy, onMerge, onDistinct }: { pair: Pair; busy: boolean; onMerge(keep: Side, name: string): void; onDistinct(): void }) {
  const [keepFirst, setKeepFirst] = useState(true);
  const kept = keepFirst ? pair.first : pair.second;
  const group = `spelling-${pair.first.id}-${pair.second.id}`;
  return (
    <li className="suggestion-pair">
      <p className="suggestion-reason">{pair.reasonLabel}</p>
      <div className="suggestion-sides">
        <SignatoryCard side={pair.first} chosen={keepFirst} onChoose={() => setKeepFirst(true)} group={group} />
        <SignatoryCard side={pair.second} chosen={!keepFirst} onChoose={() => setKeepFirst(false)} group={group} />
      </div>
      <div className="panel-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => onMerge(kept, kept.name)}>
          Merge, keeping “{kept.name}”
        </button>
        <button type="button" disabled={busy} onClick={onDistinct}>
          Different organizations
        </button>
      </div>
    </li>
  );
}

/** Possible duplicates side by side with where each came from: merge (choosing the spelling) or mark distinct. */
export function SuggestionsReview({ campaignId, onChanged, onClose }: SuggestionsReviewProps) {
  const [data, setData] = useState<Suggestions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api['signatories.suggestions']({ campaignId }).then(setData, (reason: Error) => setError(reason.message)), [campaignId]);
  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (pair: Pair, resolution: 'merge' | 'distinct', keep?: Side) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api['signatories.resolveSuggestion']({
        campaignId,
        resolution:
          resolution === 'merge'
            ? { decision: 'merge', firstId: pair.first.id, secondId: pair.second.id, keepId: keep!.id, name: keep!.name }
            : { decision: 'distinct', firstId: pair.first.id, secondId: pair.second.id },
      });
      onChanged(resolution === 'merge' ? `Merged into “${keep!.name}”.` : `“${pair.first.name}” and “${pair.second.name}” are kept as different organizations.`, result.undoToken);
      await load();
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="signatory-panel suggestions-panel" aria-labelledby="suggestions-title">
      <header className="panel-header">
        <h2 id="suggestions-title">Possible duplicates{data ? ` (${data.total})` : ''}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p className="muted">Nothing is merged without you. A pair marked as different organizations is not suggested again.</p>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {!data && !error && <p className="muted">Looking for duplicates…</p>}
      {data && data.total === 0 && <p>No possible duplicates left.</p>}
      {data && (
        <ol className="suggestion-list">
          {data.suggestions.map((pair) => (
            <SuggestionPair
              key={`${pair.first.id}-${pair.second.id}`}
              pair={pair}
              busy={busy}
              onMerge={(keep) => void decide(pair, 'merge', keep)}
              onDistinct={() => void decide(pair, 'distinct')}
            />
          ))}
        </ol>
      )}
      {data && data.total > data.suggestions.length && <p className="muted">Showing the first {data.suggestions.length}; the rest appear as these are decided.</p>}
    </section>
  );
}
