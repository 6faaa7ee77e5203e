import { useCallback, useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { laterAnswerReport } from '../../../shared/signatories/later-answer-report';
import { api } from '../../api/client';
import { ColumnMappingTable } from '../spreadsheet/ColumnMappingTable';
import { SheetPicker } from '../spreadsheet/SheetPicker';
import { HeaderRowQuestion } from '../spreadsheet/HeaderRowQuestion';
import { SPREADSHEET_FILE_ACCEPT } from '../spreadsheet/is-spreadsheet-file-name';
import { readSpreadsheetFile } from '../spreadsheet/read-spreadsheet-file';
import { textToBase64 } from './text-to-base64';

type Preview = CallOutput<'signatories.previewImport'>;
type Summary = CallOutput<'signatories.import'>;
type Upload = { fileName: string; base64: string };

interface ImportPanelProps {
  campaignId: string;
  /** A file dropped on the window: the panel opens on its mapping step. */
  initialUpload?: Upload;
  onImported(summary: Summary): void;
  onReviewSuggestions(): void;
  onClose(): void;
}

/** Import in three steps: choose a file (or paste), check the mapping on the first rows, import and read the summary. */
export function ImportPanel({ campaignId, initialUpload, onImported, onReviewSuggestions, onClose }: ImportPanelProps) {
  const [upload, setUpload] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Preview['mapping']>([]);
  const [split, setSplit] = useState(true);
  const [pasted, setPasted] = useState('');
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reconfirmed, setReconfirmed] = useState<ReadonlySet<number>>(new Set());

  const loadPreview = useCallback(async (file: Upload, sheet?: string, firstRowIsHeader?: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const loaded = await api['signatories.previewImport']({ campaignId, file, sheet, firstRowIsHeader });
      setUpload(file);
      setPreview(loaded);
      setMapping(loaded.mapping);
      setSplit(true);
      setSummary(null);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }, [campaignId]);

  useEffect(() => {
    if (!initialUpload) return;
    let cancelled = false;
    void Promise.resolve().then(() => {
      if (!cancelled) void loadPreview(initialUpload);
    });
    return () => {
      cancelled = true;
    };
  }, [initialUpload, loadPreview]);

  const runImport = async () => {
    if (!upload || !preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api['signatories.import']({
        campaignId,
        file: upload,
        sheet: preview.sheetName ?? undefined,
        mapping,
        firstRowIsHeader: preview.headerRecognised ? undefined : preview.headerRow !== null,
        splitNameCountry: split,
      });
      setSummary(result);
      setReconfirmed(new Set());
      onImported(result);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };

  // A yes after a no is never applied by the import: the coordinator confirms each one here.
  const confirmLaterYes = async (signatoryId: number) => {
    if (!summary) return;
    setBusy(true);
    setError(null);
    try {
      await api['signatories.setStatus']({ campaignId, ids: [signatoryId], status: 'confirmed' });
      setReconfirmed((before) => new Set([...before, signatoryId]));
      onImported(summary);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const countryMapped = mapping.some((entry) => entry.field === 'country');
  const nameMapped = mapping.some((entry) => entry.field === 'name');
  const fieldLabel = new Map(preview?.fields.map((field) => [field.field, field.label]) ?? []);

  return (
    <section className="signatory-panel import-panel" aria-labelledby="import-title">
      <header className="panel-header">
        <h2 id="import-title">Import signatories</h2>
        <button type="button" onClick={onClose} aria-label="Close the import">
          Close
        </button>
      </header>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}

      {!preview && (
        <div className="import-sources">
          <label className="file-button">
            Choose a CSV, XLSX or ODS file…
            <input
              type="file"
              accept={SPREADSHEET_FILE_ACCEPT}
              disabled={busy}
              aria-label="Spreadsheet to import"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) readSpreadsheetFile(file).then(loadPreview, (reason: Error) => setError(reason.message));
              }}
            />
          </label>
          <div className="paste-area">
            <label htmlFor="pasted-signatories">
              Or paste rows copied from a spreadsheet (with their header row), or one name per line
            </label>
            <textarea id="pasted-signatories" rows={5} value={pasted} onChange={(event) => setPasted(event.target.value)} />
            <button
              type="button"
              disabled={busy || pasted.trim() === ''}
              onClick={() => void loadPreview({ fileName: 'pasted rows.tsv', base64: textToBase64(pasted) })}
            >
              Read pasted rows
            </button>
          </div>
        </div>
      )}

      {preview && !summary && (
        <div className="mapping-step">
          <p>
            <strong>{preview.fileName}</strong>{' '}
            <span className="muted">
              {preview.format !== 'csv' ? `sheet “${preview.sheetName}”` : `text, ${preview.encoding}`} · {preview.rowCount} rows ·{' '}
              {preview.headerRow
                ? `${preview.headerRecognised ? 'header' : 'column titles'} in row ${preview.headerRow}`
                : preview.headers.length > 1
                  ? 'no header row recognised: every row is read as data'
                  : 'no header row: one name per row'}
            </span>
          </p>
          <SheetPicker sheets={preview.sheets} chosen={preview.sheetName} disabled={busy} onChoose={(sheet) => void loadPreview(upload!, sheet)} />
          {!preview.headerRecognised && (
            <HeaderRowQuestion
              key={`${preview.fileName}/${preview.sheetName ?? ''}`}
              headerRow={preview.headerRow}
              headers={preview.headers}
              rows={preview.rows}
              busy={busy}
              onAnswer={(firstRowIsHeader) => void loadPreview(upload!, preview.sheetName ?? undefined, firstRowIsHeader)}
            />
          )}
          {preview.rowCount === 0 ? (
            <p className="warning-note" role="status">
              No rows to import: “{preview.fileName}” has a header row and nothing under it.
            </p>
          ) : (
            !nameMapped && (
              <p className="warning-note" role="status">
                No column was recognised as the {(fieldLabel.get('name') ?? 'Organization').toLowerCase()}: choose “
                {fieldLabel.get('name') ?? 'Organization'}” above the column that holds the names.
              </p>
            )
          )}
          {preview.notes.length > 0 && (
            <ul className="import-notes muted">
              {preview.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <ColumnMappingTable mapping={mapping} fields={preview.fields} rows={preview.rows} onChange={setMapping} />
          {!countryMapped && preview.splittable > 0 && (
            <label className="inline-label">
              <input type="checkbox" checked={split} onChange={(event) => setSplit(event.target.checked)} />
              Split “Name (Country)” into name and country ({preview.splittable} of the rows; acronyms in parentheses stay in the name)
            </label>
          )}
          {preview.unknownCountries.length > 0 && (
            <p className="warning-note">
              Countries not recognised (kept as written, fixable after the import): {preview.unknownCountries.join(', ')}
            </p>
          )}
          <div className="panel-actions">
            <button type="button" onClick={() => setPreview(null)} disabled={busy}>
              Choose another file
            </button>
            <button
              type="button"
              className="primary"
              disabled={busy || !nameMapped || preview.rowCount === 0}
              onClick={() => void runImport()}
            >
              {preview.rowCount === 0
                ? 'No rows to import'
                : nameMapped
                  ? `Import ${preview.rowCount} ${preview.rowCount === 1 ? 'row' : 'rows'}`
                  : `Map a column to ${fieldLabel.get('name') ?? 'Organization'} first`}
            </button>
          </div>
        </div>
      )}

      {summary && (
        <div className="import-summary" role="status">
          <p>
            <strong>{summary.fileName}</strong>: {summary.added} added, {summary.merged} merged into existing signatories,{' '}
            {summary.suggested} possible {summary.suggested === 1 ? 'duplicate' : 'duplicates'} to review
            {summary.split ? `, ${summary.split} “Name (Country)” split` : ''}.
          </p>
          <p className="muted">
            By status:{' '}
            {Object.entries(summary.statuses)
              .filter(([, count]) => count > 0)
              .map(([status, count]) => `${count} ${status}`)
              .join(', ') || 'none'}
            {summary.statuses.declined > 0 ? ' (declined: kept, never printed in a letter)' : ''}.
          </p>
          {laterAnswerReport(summary).map((line) => (
            <p key={line} className="warning-note">
              {line}
            </p>
          ))}
          {summary.yesAfterNo.length > 0 && (
            <ul className="later-yes" aria-label="Said yes after saying no">
              {summary.yesAfterNo.map((entry) => (
                <li key={entry.signatoryId}>
                  {entry.name} (row {entry.row}){' '}
                  {reconfirmed.has(entry.signatoryId) ? (
                    <span className="muted">confirmed</span>
                  ) : (
                    <button type="button" disabled={busy} onClick={() => void confirmLaterYes(entry.signatoryId)}>
                      Confirm {entry.name}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {summary.notes.length > 0 && (
            <ul className="import-notes muted">
              {summary.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {summary.alreadyImported > 0 && (
            <p className="muted">{summary.alreadyImported} rows of this file were already imported and were not added again.</p>
          )}
          {summary.conflicts.length > 0 && (
            <details>
              <summary>{summary.conflicts.length} values kept as they were (a later row spelled them differently)</summary>
              <ul>
                {summary.conflicts.map((conflict, index) => (
                  <li key={index}>
                    Row {conflict.row}: kept {conflict.field} “{conflict.kept}”, not “{conflict.ignored}”
                  </li>
                ))}
              </ul>
            </details>
          )}
          {summary.errors.length > 0 && (
            <details open>
              <summary>{summary.errors.length} rows not imported</summary>
              <ul className="row-errors">
                {summary.errors.map((rowError) => (
                  <li key={rowError.row}>{rowError.message}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="panel-actions">
            {summary.suggested > 0 && (
              <button type="button" className="primary" onClick={onReviewSuggestions}>
                Review {summary.suggested} possible {summary.suggested === 1 ? 'duplicate' : 'duplicates'}
              </button>
            )}
            <button type="button" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
