import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import type { LetterNode } from '../../../shared/document/letter-document';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { usedMergeFields } from '../../../shared/merge/used-merge-fields';
import type { Recipient } from '../../../shared/model/recipient';
import { api } from '../../api/client';
import { SPREADSHEET_FILE_ACCEPT } from '../spreadsheet/is-spreadsheet-file-name';
import { readSpreadsheetFile } from '../spreadsheet/read-spreadsheet-file';
import { useDroppedSpreadsheet } from '../spreadsheet/use-dropped-spreadsheet';
import { useCampaign } from '../campaign/campaign-context';
import { RecipientCell } from './RecipientCell';
import { RecipientImportPanel, type RecipientUpload } from './RecipientImportPanel';
import { recipientImportMessage } from './recipient-import-message';
import { missingRecipientColumns } from './missing-recipient-columns';
import { NeededColumns } from './NeededColumns';
import { cellText, RECIPIENT_COLUMNS, type RecipientColumnField } from './recipient-columns';
import './recipients.css';
import { ScreenPlaceholder } from '../shell/ScreenPlaceholder';
import { useScreenAction } from '../shell/use-screen-action';

type RecipientList = CallOutput<'recipients.list'>;

function matches(recipient: Recipient, query: string): boolean {
  if (!query) return true;
  const haystack = [
    recipient.honorific,
    recipient.name,
    recipient.title,
    recipient.organization,
    recipient.country,
    recipient.email,
    ...recipient.addressLines,
    ...Object.values(recipient.extra),
  ]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/** The Recipients screen: bundled sets and imports, a table edited in place, include/exclude, fill a column. */
export function RecipientsScreen() {
  const { campaign, notify, refresh } = useCampaign();
  const campaignId = campaign.campaignId;
  const [data, setData] = useState<RecipientList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [presetId, setPresetId] = useState('');
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  /** A column field, or `extra.<column>` for an imported column. */
  const [fillField, setFillField] = useState<string>('salutation');
  const [fillValue, setFillValue] = useState('');
  const [letterDoc, setLetterDoc] = useState<LetterNode | null>(null);
  /** The needed column whose empty recipients alone are shown, or null for all. */
  const [onlyMissing, setOnlyMissing] = useState<string | null>(null);
  const [showEmptyColumns, setShowEmptyColumns] = useState(false);
  const fillValueInput = useRef<HTMLInputElement>(null);
  /** A chosen file in its mapping step, before anything is added. */
  const [pendingImport, setPendingImport] = useState<{ upload: RecipientUpload; preview: CallOutput<'recipients.previewImport'> } | null>(
    null,
  );

  const apply = useCallback((loaded: RecipientList) => {
    setData(loaded);
    setPresetId((current) => current || loaded.presets[0]?.id || '');
    setSelected((current) => new Set([...current].filter((id) => loaded.recipients.some((recipient) => recipient.id === id))));
    setError(null);
  }, []);

  const load = useCallback(() => api['recipients.list']({ campaignId }).then(apply), [campaignId, apply]);

  useEffect(() => {
    api['recipients.list']({ campaignId }).then(apply, (reason: Error) => setError(reason.message));
    // The letter as saved now, not as it was when the campaign was opened.
    api['letter.get']({ campaignId }).then(
      (letter) => setLetterDoc(letter.doc),
      () => undefined,
    );
  }, [campaignId, apply]);

  const { busy, run, markSaved } = useScreenAction({ notify, setError, reload: async () => Promise.all([load(), refresh()]) });

  const readImport = async (upload: RecipientUpload, sheet?: string, firstRowIsHeader?: boolean) => {
    setError(null);
    try {
      setPendingImport({ upload, preview: await api['recipients.previewImport']({ campaignId, ...upload, sheet, firstRowIsHeader }) });
    } catch (reason) {
      setError((reason as Error).message);
    }
  };

  useDroppedSpreadsheet('recipients', ({ fileName, base64 }) => void readImport({ fileName, bytesBase64: base64 }));

  // Columns the letter needs with no default: an empty cell there leaves a field unresolved.
  const neededColumns = useMemo(() => {
    const needed = new Set<string>();
    for (const { path, alwaysDefaulted } of usedMergeFields(letterDoc ?? campaign.letter.doc)) {
      if (alwaysDefaulted || !path.startsWith('recipient.')) continue;
      const field = path.slice('recipient.'.length);
      needed.add(field === 'address' ? 'addressLines' : field);
    }
    return needed;
  }, [letterDoc, campaign.letter.doc]);
  const extraColumns = useMemo(
    () =>
      [
        ...new Set([
          ...(data?.recipients ?? []).flatMap((recipient) => Object.keys(recipient.extra)),
          ...[...neededColumns].filter((field) => field.startsWith('extra.')).map((field) => field.slice('extra.'.length)),
        ]),
      ].sort(),
    [data, neededColumns],
  );
  // Columns no recipient fills and the letter does not need collapse (until asked for); the column that says who a row is comes first.
  const { shownColumns, emptyColumns } = useMemo(() => {
    const recipients = data?.recipients ?? [];
    const filled = (field: RecipientColumnField) => recipients.some((recipient) => cellText(recipient, field).trim() !== '');
    const empty = RECIPIENT_COLUMNS.filter((column) => !neededColumns.has(column.field) && !filled(column.field));
    const identifying = filled('organization') || !filled('country') ? 'organization' : 'country';
    const shown = RECIPIENT_COLUMNS.filter((column) => showEmptyColumns || !empty.includes(column)).sort(
      (first, second) => Number(second.field === identifying) - Number(first.field === identifying),
    );
    return { shownColumns: shown.map((column) => ({ ...column, identifying: column.field === identifying })), emptyColumns: empty };
  }, [data, neededColumns, showEmptyColumns]);
  const missing = useMemo(() => missingRecipientColumns(data?.recipients ?? [], neededColumns), [data, neededColumns]);
  const shownMissing = missing.find((column) => column.field === onlyMissing) ?? null;
  const visible = useMemo(
    () =>
      (data?.recipients ?? []).filter(
        (recipient) => matches(recipient, query.trim()) && (!shownMissing || shownMissing.recipientIds.includes(recipient.id)),
      ),
    [data, query, shownMissing],
  );
  const listNames = useMemo(() => new Map((data?.lists ?? []).map((list) => [list.id, list.name])), [data]);
  const allVisibleSelected = visible.length > 0 && visible.every((recipient) => selected.has(recipient.id));
  const selectedIds = [...selected];

  const saveCell = async (recipient: Recipient, field: RecipientColumnField, value: string) => {
    const change = field === 'addressLines' ? { addressLines: value.split('\n') } : { [field]: value.trim() === '' ? null : value };
    const updated = await api['recipients.update']({ campaignId, recipientId: recipient.id, change });
    markSaved();
    setData(
      (current) => current && { ...current, recipients: current.recipients.map((entry) => (entry.id === updated.id ? updated : entry)) },
    );
  };

  const toggleIncluded = async (recipientIds: number[], included: boolean) => {
    await api['recipients.setIncluded']({ campaignId, recipientIds, included });
    setData(
      (current) =>
        current && {
          ...current,
          recipients: current.recipients.map((entry) => (recipientIds.includes(entry.id) ? { ...entry, included } : entry)),
        },
    );
    await refresh();
  };

  if (!data) return <ScreenPlaceholder label="Recipients" what="recipients" error={error} loadingText="Reading the recipients…" />;

  const included = data.recipients.filter((recipient) => recipient.included).length;
  return (
    <section className="screen recipients-screen" aria-labelledby="recipients-title">
      <header className="recipients-header">
        <div>
          <h1 id="recipients-title">Recipients</h1>
          <p className="muted">
            {data.recipients.length === 0
              ? 'No recipients yet: start from a bundled set or import a spreadsheet.'
              : `${included} of ${data.recipients.length} included; each included recipient gets a letter.`}
          </p>
        </div>
        <div className="recipients-sources">
          <label>
            Bundled set
            <select value={presetId} onChange={(event) => setPresetId(event.target.value)} aria-label="Bundled recipient set">
              {data.presets.map((preset) => (
                <option key={preset.id} value={preset.id} title={preset.description}>
                  {preset.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={busy || !presetId}
            onClick={() =>
              void run(async () => {
                const added = await api['recipients.addPreset']({ campaignId, presetId });
                return `Added ${added.added} recipients from “${added.name}”${added.replaced ? ` (replacing the earlier ${added.replaced})` : ''}.`;
              })
            }
          >
            Add set
          </button>
          <label className="file-button">
            Import CSV, XLSX or ODS…
            <input
              type="file"
              accept={SPREADSHEET_FILE_ACCEPT}
              disabled={busy}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (!file) return;
                readSpreadsheetFile(file).then(
                  ({ fileName, base64 }) => readImport({ fileName, bytesBase64: base64 }),
                  (reason: Error) => setError(reason.message),
                );
              }}
            />
          </label>
        </div>
      </header>

      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}

      {pendingImport && (
        <RecipientImportPanel
          key={`${pendingImport.upload.fileName}/${pendingImport.preview.sheetName ?? ''}/${pendingImport.preview.headerRow ?? ''}`}
          upload={pendingImport.upload}
          preview={pendingImport.preview}
          busy={busy}
          onSheet={(sheet) => void readImport(pendingImport.upload, sheet)}
          onFirstRowIsHeader={(firstRowIsHeader) => void readImport(pendingImport.upload, pendingImport.preview.sheetName ?? undefined, firstRowIsHeader)}
          onClose={() => setPendingImport(null)}
          onImport={(mapping, sheet, firstRowIsHeader) =>
            void run(async () => {
              const summary = await api['recipients.import']({
                campaignId,
                ...pendingImport.upload,
                sheet: sheet ?? undefined,
                mapping,
                firstRowIsHeader,
              });
              setPendingImport(null);
              return recipientImportMessage(summary);
            })
          }
        />
      )}

      {data.lists.length > 0 && (
        <ul className="recipient-lists" aria-label="Recipient lists">
          {data.lists.map((list) => (
            <li key={list.id}>
              <span title={list.source}>
                {list.name}{' '}
                <span className="muted">
                  ({list.included} of {list.count} included)
                </span>
              </span>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => {
                  if (window.confirm(`Remove the list “${list.name}” and its ${list.count} recipients?`)) {
                    void run(async () => {
                      await api['recipients.removeList']({ campaignId, listId: list.id });
                      return `Removed “${list.name}”.`;
                    });
                  }
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}

      {missing.length > 0 && (
        <NeededColumns
          missing={missing}
          included={included}
          shown={shownMissing?.field ?? null}
          onShow={(field) => setOnlyMissing(field)}
          onFill={(column, suggestion) => {
            setSelected(new Set(column.recipientIds));
            setFillField(column.field);
            setFillValue(suggestion);
            fillValueInput.current?.focus();
          }}
        />
      )}

      {data.recipients.length > 0 && (
        <>
          <div className="recipients-toolbar">
            <input
              type="search"
              placeholder="Search recipients"
              aria-label="Search recipients"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            <span className="muted">{selected.size} selected</span>
            <button type="button" disabled={busy || selected.size === 0} onClick={() => void run(() => toggleIncluded(selectedIds, true))}>
              Include
            </button>
            <button type="button" disabled={busy || selected.size === 0} onClick={() => void run(() => toggleIncluded(selectedIds, false))}>
              Exclude
            </button>
            {emptyColumns.length > 0 && (
              <button
                type="button"
                aria-pressed={showEmptyColumns}
                title={emptyColumns.map((column) => column.label).join(', ')}
                onClick={() => setShowEmptyColumns((shown) => !shown)}
              >
                {showEmptyColumns ? 'Hide' : 'Show'} {emptyColumns.length} empty {emptyColumns.length === 1 ? 'column' : 'columns'}
              </button>
            )}
            <span className="fill-column">
              <label>
                Fill
                <select value={fillField} onChange={(event) => setFillField(event.target.value)} aria-label="Column to fill">
                  {RECIPIENT_COLUMNS.map((column) => (
                    <option key={column.field} value={column.field}>
                      {column.label}
                    </option>
                  ))}
                  {extraColumns.map((column) => (
                    <option key={column} value={`extra.${column}`}>
                      {column}
                    </option>
                  ))}
                </select>
              </label>
              <input
                ref={fillValueInput}
                aria-label="Value to fill"
                placeholder="with…"
                value={fillValue}
                onChange={(event) => setFillValue(event.target.value)}
              />
              <button
                type="button"
                disabled={busy || selected.size === 0}
                onClick={() =>
                  void run(async () => {
                    const { updated } = await api['recipients.fill']({
                      campaignId,
                      recipientIds: selectedIds,
                      field: fillField,
                      value: fillValue,
                    });
                    const label =
                      RECIPIENT_COLUMNS.find((column) => column.field === fillField)?.label ?? fillField.replace(/^extra\./, '');
                    return `Filled “${label}” for ${updated} recipients.`;
                  })
                }
              >
                Fill {selected.size || ''} selected
              </button>
            </span>
          </div>

          <div className="recipients-table-frame">
            <table className="recipients-table">
              <thead>
                <tr>
                  <th scope="col" className="select-cell">
                    <input
                      type="checkbox"
                      aria-label="Select all shown"
                      checked={allVisibleSelected}
                      onChange={(event) =>
                        setSelected(
                          event.target.checked
                            ? new Set([...selected, ...visible.map((recipient) => recipient.id)])
                            : new Set([...selected].filter((id) => !visible.some((recipient) => recipient.id === id))),
                        )
                      }
                    />
                  </th>
                  <th scope="col" className="include-cell">
                    Include
                  </th>
                  {shownColumns.map((column) => (
                    <th
                      key={column.field}
                      scope="col"
                      className={[column.wide ? 'wide' : '', column.identifying ? 'identifying' : ''].join(' ').trim() || undefined}
                      title={
                        neededColumns.has(column.field)
                          ? 'The letter uses this field with no default: every included recipient needs a value.'
                          : undefined
                      }
                    >
                      {column.label}
                      {neededColumns.has(column.field) && <span className="needed-mark"> *</span>}
                    </th>
                  ))}
                  <th scope="col">Other fields</th>
                </tr>
              </thead>
              <tbody>
                {visible.map((recipient, position) => (
                  <tr key={recipient.id} className={recipient.included ? undefined : 'excluded'} title={listNames.get(recipient.listId)}>
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${recipientLabel(recipient, position)}`}
                        checked={selected.has(recipient.id)}
                        onChange={(event) => {
                          const next = new Set(selected);
                          if (event.target.checked) next.add(recipient.id);
                          else next.delete(recipient.id);
                          setSelected(next);
                        }}
                      />
                    </td>
                    <td className="include-cell">
                      <input
                        type="checkbox"
                        aria-label={`Include ${recipientLabel(recipient, position)}`}
                        checked={recipient.included}
                        onChange={(event) =>
                          void toggleIncluded([recipient.id], event.target.checked).catch((reason: Error) => setError(reason.message))
                        }
                      />
                    </td>
                    {shownColumns.map((column) => (
                      <td
                        key={column.field}
                        className={
                          [
                            column.identifying ? 'identifying' : '',
                            recipient.included && neededColumns.has(column.field) && cellText(recipient, column.field).trim() === ''
                              ? 'missing'
                              : '',
                          ]
                            .join(' ')
                            .trim() || undefined
                        }
                      >
                        <RecipientCell
                          value={cellText(recipient, column.field)}
                          label={`${column.label} of ${recipientLabel(recipient, position)}`}
                          multiline={column.field === 'addressLines'}
                          onSave={(value) => saveCell(recipient, column.field, value).catch((reason: Error) => setError(reason.message))}
                        />
                      </td>
                    ))}
                    <td className="extra-fields">
                      {Object.entries(recipient.extra).map(([key, value]) => (
                        <span key={key} title={`{{recipient.extra.${key}}}`}>
                          <strong>{key}:</strong> {value}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
