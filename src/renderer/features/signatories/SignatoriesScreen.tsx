import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../shared/document/nodes';
import { countryName } from '../../../shared/countries/country-name';
import type { Signatory } from '../../../shared/model/signatory';
import { LETTER_LANGUAGES } from '../../../shared/model/page-settings';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { downloadFile } from './download-file';
import { ImportPanel } from './ImportPanel';
import { LetterOrderPreview } from './LetterOrderPreview';
import { SignatoryTable, type EditableField } from './SignatoryTable';
import { applySignatoryView, DEFAULT_VIEW, type SignatoryView, type SortColumn } from '../../../shared/signatories/signatory-table-view';
import { SuggestionsReview } from './SuggestionsReview';
import { UnknownCountries } from './UnknownCountries';
import './signatories.css';
import { ScreenPlaceholder } from '../shell/ScreenPlaceholder';
import { useReturnFocus } from '../shell/use-return-focus';
import { useScreenAction } from '../shell/use-screen-action';
import { useDroppedSpreadsheet } from '../spreadsheet/use-dropped-spreadsheet';

type SignatoryList = CallOutput<'signatories.list'>;
type Panel = 'none' | 'import' | 'suggestions';

/** The Signatories screen: import with a mapping step, review of possible duplicates, a fast table edited in place. */
export function SignatoriesScreen() {
  const { campaign, notify, refresh } = useCampaign();
  const campaignId = campaign.campaignId;
  const language = campaign.letter.settings.language;
  const [data, setData] = useState<SignatoryList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<SignatoryView>(DEFAULT_VIEW);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [panel, setPanel] = useState<Panel>('none');
  /** A spreadsheet dropped on the window for this list: the import panel opens on its mapping step. */
  const [dropped, setDropped] = useState<{ upload: { fileName: string; base64: string }; key: number } | null>(null);
  useDroppedSpreadsheet('signatories', (upload) => {
    setDropped((before) => ({ upload, key: (before?.key ?? 0) + 1 }));
    setPanel('import');
  });
  useReturnFocus(panel !== 'none');
  const [undo, setUndo] = useState<{ message: string; token: string } | null>(null);
  const [bulkStatus, setBulkStatus] = useState<SignatoryStatus>('confirmed');
  const [bulkReason, setBulkReason] = useState('');
  const [bulkDate, setBulkDate] = useState('');
  const [withdrawal, setWithdrawal] = useState<{ id: number; name: string; reason: string; date: string } | null>(null);
  const [newName, setNewName] = useState('');
  const [newCountry, setNewCountry] = useState('');
  const lastToggled = useRef<number | null>(null);

  const load = useCallback(async () => {
    const loaded = await api['signatories.list']({ campaignId });
    setData(loaded);
    const present = new Set(loaded.signatories.map((signatory) => signatory.id));
    setSelected((current) => new Set([...current].filter((id) => present.has(id))));
    setError(null);
  }, [campaignId]);

  useEffect(() => {
    api['signatories.list']({ campaignId }).then(setData, (reason: Error) => setError(reason.message));
  }, [campaignId]);

  const { busy, run, markSaved } = useScreenAction({ notify, setError, reload: async () => Promise.all([load(), refresh()]) });

  const suggestedIds = useMemo(() => new Set(data?.suggestedIds ?? []), [data]);
  const sourceNames = useMemo(() => new Map((data?.sources ?? []).map((source) => [source.id, source.fileName])), [data]);
  // Typing in the search box stays responsive while 10,000 rows are filtered behind it.
  const deferredView = useDeferredValue(view);
  const rows = useMemo(
    () => applySignatoryView(data?.signatories ?? [], deferredView, { suggestedIds, sourceNames, locale: LETTER_LANGUAGES[language].locale }),
    [data, deferredView, suggestedIds, sourceNames, language],
  );
  const countryOptions = useMemo(() => {
    const codes = new Set((data?.signatories ?? []).map((signatory) => signatory.countryCode).filter((code): code is string => Boolean(code)));
    const collator = new Intl.Collator(LETTER_LANGUAGES[language].locale);
    return [...codes].map((code) => [code, countryName(code, language) ?? code] as const).sort((a, b) => collator.compare(a[1], b[1]));
  }, [data, language]);

  const updateView = (change: Partial<SignatoryView>) => setView((current) => ({ ...current, ...change }));
  const sortBy = (column: SortColumn) => setView((current) => ({ ...current, sort: column, descending: current.sort === column ? !current.descending : false }));

  const toggle = (id: number, range: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      const turnOn = !next.has(id);
      if (range && lastToggled.current !== null) {
        const from = rows.findIndex((row) => row.id === lastToggled.current);
        const to = rows.findIndex((row) => row.id === id);
        if (from >= 0 && to >= 0) {
          for (const row of rows.slice(Math.min(from, to), Math.max(from, to) + 1)) {
            if (turnOn) next.add(row.id);
            else next.delete(row.id);
          }
          return next;
        }
      }
      if (turnOn) next.add(id);
      else next.delete(id);
      return next;
    });
    lastToggled.current = id;
  };
  const toggleAll = () => setSelected((current) => (rows.length > 0 && rows.every((row) => current.has(row.id)) ? new Set() : new Set(rows.map((row) => row.id))));

  const save = async (signatory: Signatory, field: EditableField, value: string) => {
    try {
      const updated = await api['signatories.update']({ campaignId, id: signatory.id, change: { [field]: value.trim() === '' && field !== 'name' ? null : value } });
      markSaved();
      setData((current) => current && { ...current, signatories: current.signatories.map((entry) => (entry.id === updated.id ? updated : entry)) });
      if (field === 'country' || field === 'name') await load();
    } catch (reason) {
      notify((reason as Error).message);
      throw reason;
    }
  };

  const setStatus = (ids: number[], status: SignatoryStatus, reason?: string, date?: string) =>
    run(async () => {
      const { updated } = await api['signatories.setStatus']({ campaignId, ids, status, reason: reason?.trim() || null, date: date || null });
      return `${updated} signator${updated === 1 ? 'y is' : 'ies are'} now ${status}.`;
    });

  const deleteSelected = () =>
    run(async () => {
      const { deleted, undoToken } = await api['signatories.delete']({ campaignId, ids: [...selected] });
      setSelected(new Set());
      setUndo({ message: `Deleted ${deleted} signator${deleted === 1 ? 'y' : 'ies'}.`, token: undoToken });
    });

  const undoLast = () =>
    run(async () => {
      if (!undo) return;
      const { restored } = await api['signatories.restore']({ campaignId, undoToken: undo.token });
      setUndo(null);
      return `Restored ${restored} signator${restored === 1 ? 'y' : 'ies'}.`;
    });

  const addByHand = () =>
    run(async () => {
      const added = await api['signatories.add']({ campaignId, name: newName, country: newCountry.trim() || null });
      setNewName('');
      setNewCountry('');
      return `Added “${added.name}”.`;
    });

  const exportList = (format: 'csv' | 'xlsx') =>
    run(async () => {
      const file = await api['signatories.export']({ campaignId, format });
      downloadFile(file.fileName, file.mimeType, file.base64);
      return `Exported “${file.fileName}”.`;
    });

  if (!data) return <ScreenPlaceholder label="Signatories" what="signatories" error={error} loadingText="Reading the signatories…" />;

  const counts = Object.fromEntries(SIGNATORY_STATUSES.map((status) => [status, data.signatories.filter((signatory) => signatory.status === status).length]));
  return (
    <section className="screen signatories-screen" aria-labelledby="signatories-title">
      <header className="signatories-header">
        <div>
          <h1 id="signatories-title">Signatories</h1>
          <p className="muted">
            {data.signatories.length === 0
              ? 'No signatories yet: import a sign-on spreadsheet or paste rows from one.'
              : `${counts.confirmed} confirmed, ${counts.pending} pending, ${counts.withdrawn} withdrawn. Withdrawn organizations never appear in the letter.`}
          </p>
        </div>
        <div className="signatories-actions">
          <button type="button" className="primary" onClick={() => setPanel('import')} disabled={busy}>
            Import or paste…
          </button>
          <button type="button" onClick={() => setPanel('suggestions')} disabled={busy || data.suggestionCount === 0}>
            Review duplicates ({data.suggestionCount})
          </button>
          <button type="button" onClick={() => void exportList('csv')} disabled={busy || data.signatories.length === 0}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportList('xlsx')} disabled={busy || data.signatories.length === 0}>
            Export XLSX
          </button>
        </div>
      </header>

      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      {undo && (
        <div className="undo-bar" role="status">
          {undo.message}
          <button type="button" onClick={() => void undoLast()} disabled={busy}>
            Undo
          </button>
          <button type="button" className="link-button" onClick={() => setUndo(null)}>
            Dismiss
          </button>
        </div>
      )}

      {withdrawal && (
        <form
          className="withdrawal-note"
          aria-label="Withdrawal details"
          onSubmit={(event) => {
            event.preventDefault();
            void setStatus([withdrawal.id], 'withdrawn', withdrawal.reason, withdrawal.date).then(() => setWithdrawal(null));
          }}
        >
          <span>
            “{withdrawal.name}” is withdrawn and will not appear in the letter.
          </span>
          <input aria-label="Reason for the withdrawal" placeholder="Reason (optional)" value={withdrawal.reason} onChange={(event) => setWithdrawal({ ...withdrawal, reason: event.target.value })} />
          <input type="date" aria-label="Withdrawn on" value={withdrawal.date} onChange={(event) => setWithdrawal({ ...withdrawal, date: event.target.value })} />
          <button type="submit" disabled={busy}>
            Save
          </button>
          <button type="button" className="link-button" onClick={() => setWithdrawal(null)}>
            Dismiss
          </button>
        </form>
      )}

      {panel === 'import' && (
        <ImportPanel
          key={dropped?.key ?? 0}
          campaignId={campaignId}
          initialUpload={dropped?.upload}
          onImported={() => {
            void load();
            void refresh();
          }}
          onReviewSuggestions={() => setPanel('suggestions')}
          onClose={() => {
            setDropped(null);
            setPanel('none');
          }}
        />
      )}
      {panel === 'suggestions' && (
        <SuggestionsReview
          campaignId={campaignId}
          onChanged={(message, undoToken) => {
            notify(message);
            setUndo(undoToken ? { message, token: undoToken } : null);
            void load();
            void refresh();
          }}
          onClose={() => setPanel('none')}
        />
      )}

      <form
        className="add-signatory"
        aria-label="Add a signatory by hand"
        onSubmit={(event) => {
          event.preventDefault();
          if (newName.trim()) void addByHand();
        }}
      >
        <input aria-label="New organization’s name" placeholder="Add an organization by hand…" value={newName} onChange={(event) => setNewName(event.target.value)} />
        <input aria-label="Its country" placeholder="Country" value={newCountry} onChange={(event) => setNewCountry(event.target.value)} />
        <button type="submit" disabled={busy || newName.trim() === ''}>
          Add
        </button>
      </form>

      {data.signatories.length > 0 && <LetterOrderPreview signatories={data.signatories} doc={campaign.letter.doc} language={language} />}

      <UnknownCountries campaignId={campaignId} unknown={data.unknownCountries} onFixed={(message) => void run(async () => message)} />

      {data.signatories.length > 0 && (
        <>
          <div className="signatories-toolbar">
            <input type="search" placeholder="Search name, country, contact…" aria-label="Search signatories" value={view.query} onChange={(event) => updateView({ query: event.target.value })} />
            <select aria-label="Filter by status" value={view.status} onChange={(event) => updateView({ status: event.target.value as SignatoryView['status'] })}>
              <option value="all">All statuses</option>
              {SIGNATORY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status} ({counts[status]})
                </option>
              ))}
            </select>
            <select aria-label="Filter by country" value={view.country} onChange={(event) => updateView({ country: event.target.value })}>
              <option value="all">All countries</option>
              <option value="unknown">Not recognised</option>
              <option value="none">No country</option>
              {countryOptions.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
            <select aria-label="Filter by source" value={view.source} onChange={(event) => updateView({ source: event.target.value })}>
              <option value="all">All sources</option>
              {data.sources.map((source) => (
                <option key={source.id} value={String(source.id)}>
                  {source.fileName}
                </option>
              ))}
            </select>
            <label className="inline-label">
              <input type="checkbox" checked={view.onlySuggested} onChange={(event) => updateView({ onlySuggested: event.target.checked })} />
              Has possible duplicates
            </label>
            <span className="muted">
              {rows.length === data.signatories.length ? `${rows.length} shown` : `${rows.length} of ${data.signatories.length} shown`}
            </span>
          </div>

          <div className="signatories-bulk" aria-label="Selected signatories">
            <span>{selected.size} selected</span>
            <select aria-label="Status for the selected" value={bulkStatus} onChange={(event) => setBulkStatus(event.target.value as SignatoryStatus)}>
              {SIGNATORY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
            {bulkStatus === 'withdrawn' && (
              <>
                <input aria-label="Reason for the withdrawal" placeholder="Reason (optional)" value={bulkReason} onChange={(event) => setBulkReason(event.target.value)} />
                <input type="date" aria-label="Withdrawn on (today if empty)" value={bulkDate} onChange={(event) => setBulkDate(event.target.value)} />
              </>
            )}
            <button type="button" disabled={busy || selected.size === 0} onClick={() => void setStatus([...selected], bulkStatus, bulkReason, bulkDate)}>
              Set status
            </button>
            <button type="button" className="danger-button" disabled={busy || selected.size === 0} onClick={() => void deleteSelected()}>
              Delete
            </button>
          </div>

          <SignatoryTable
            rows={rows}
            selected={selected}
            suggestedIds={suggestedIds}
            sourceNames={sourceNames}
            sort={view.sort}
            descending={view.descending}
            onSort={sortBy}
            onToggle={toggle}
            onToggleAll={toggleAll}
            onSave={save}
            onStatus={(signatory, status) => {
              setWithdrawal(status === 'withdrawn' ? { id: signatory.id, name: signatory.name, reason: '', date: new Date().toISOString().slice(0, 10) } : null);
              void setStatus([signatory.id], status);
            }}
          />
        </>
      )}
    </section>
  );
}
