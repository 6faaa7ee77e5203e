import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, useState, type KeyboardEvent } from 'react';
import { SIGNATORY_STATUSES, type SignatoryStatus } from '../../../shared/document/nodes';
import type { Signatory } from '../../../shared/model/signatory';
import { countryLabel, type SortColumn } from '../../../shared/signatories/signatory-table-view';

export type EditableField = 'name' | 'acronym' | 'country' | 'contactName' | 'email';

interface SignatoryTableProps {
  rows: Signatory[];
  selected: ReadonlySet<number>;
  suggestedIds: ReadonlySet<number>;
  sourceNames: ReadonlyMap<number, string>;
  sort: SortColumn;
  descending: boolean;
  onSort(column: SortColumn): void;
  onToggle(id: number, range: boolean): void;
  onToggleAll(): void;
  onSave(signatory: Signatory, field: EditableField, value: string): Promise<void>;
  onStatus(signatory: Signatory, status: SignatoryStatus): void;
}

const ROW_HEIGHT = 36;

const COLUMNS: { id: string; label: string; sort?: SortColumn; width: string }[] = [
  { id: 'select', label: '', width: '36px' },
  { id: 'position', label: '#', sort: 'position', width: '56px' },
  { id: 'name', label: 'Organization', sort: 'name', width: 'minmax(240px, 3fr)' },
  { id: 'acronym', label: 'Acronym', width: 'minmax(80px, 0.7fr)' },
  { id: 'country', label: 'Country', sort: 'country', width: 'minmax(140px, 1.2fr)' },
  { id: 'contact', label: 'Contact', width: 'minmax(120px, 1fr)' },
  { id: 'email', label: 'Email', width: 'minmax(140px, 1.2fr)' },
  { id: 'status', label: 'Status', sort: 'status', width: '118px' },
  { id: 'source', label: 'Source', sort: 'source', width: 'minmax(120px, 1fr)' },
];
const GRID_TEMPLATE = COLUMNS.map((column) => column.width).join(' ');

function EditableCell({ value, label, invalid, onSave }: { value: string | null; label: string; invalid?: string; onSave(value: string): Promise<void> }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const commit = async () => {
    if (draft === null) return;
    const next = draft;
    if (next === (value ?? '')) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      await onSave(next);
      setDraft(null);
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') void commit();
    if (event.key === 'Escape') setDraft(null);
  };
  if (draft !== null) {
    return (
      <input
        className="cell-input"
        aria-label={label}
        autoFocus
        value={draft}
        disabled={saving}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
    );
  }
  return (
    <button type="button" className={`cell-text${invalid ? ' cell-invalid' : ''}`} title={invalid ?? value ?? ''} aria-label={`${label}: ${value ?? 'empty'}. Edit`} onClick={() => setDraft(value ?? '')}>
      {value ?? ''}
      {invalid && <span className="cell-flag" aria-hidden="true">?</span>}
    </button>
  );
}

interface SignatoryRowProps {
  signatory: Signatory;
  index: number;
  start: number;
  selected: boolean;
  suggested: boolean;
  sourceName: string | null;
  onToggle: SignatoryTableProps['onToggle'];
  onSave: SignatoryTableProps['onSave'];
  onStatus: SignatoryTableProps['onStatus'];
}

/** One row; memoized so scrolling renders only the rows coming into view. */
const SignatoryRow = memo(function SignatoryRow({ signatory, index, start, selected, suggested, sourceName, onToggle, onSave, onStatus }: SignatoryRowProps) {
  const unknownCountry = signatory.country && !signatory.countryCode ? `“${signatory.country}” is not a country Undersigned recognises` : undefined;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`signatory-grid-row status-${signatory.status}${selected ? ' selected' : ''}`}
      style={{ gridTemplateColumns: GRID_TEMPLATE, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      <div role="gridcell">
        <input type="checkbox" aria-label={`Select ${signatory.name}`} checked={selected} onChange={(event) => onToggle(signatory.id, (event.nativeEvent as MouseEvent).shiftKey)} />
      </div>
      <div role="gridcell" className="muted">
        {signatory.position}
        {suggested && (
          <span className="suggested-flag" title="Possible duplicate: see the review">
            ≈
          </span>
        )}
      </div>
      <div role="gridcell">
        <EditableCell value={signatory.name} label="Organization" onSave={(value) => onSave(signatory, 'name', value)} />
      </div>
      <div role="gridcell">
        <EditableCell value={signatory.acronym} label="Acronym" onSave={(value) => onSave(signatory, 'acronym', value)} />
      </div>
      <div role="gridcell">
        <EditableCell value={countryLabel(signatory) || null} label="Country" invalid={unknownCountry} onSave={(value) => onSave(signatory, 'country', value.replace(/\s*\([A-Z]{2}\)$/, ''))} />
      </div>
      <div role="gridcell">
        <EditableCell value={signatory.contactName} label="Contact" onSave={(value) => onSave(signatory, 'contactName', value)} />
      </div>
      <div role="gridcell">
        <EditableCell value={signatory.email} label="Email" onSave={(value) => onSave(signatory, 'email', value)} />
      </div>
      <div role="gridcell">
        <select
          aria-label={`Status of ${signatory.name}`}
          value={signatory.status}
          title={
            signatory.status === 'withdrawn' || (signatory.status === 'declined' && signatory.withdrawnReason)
              ? `${signatory.status === 'withdrawn' ? 'Withdrawn' : 'Declined'} ${signatory.withdrawnAt ?? ''}${signatory.withdrawnReason ? `: ${signatory.withdrawnReason}` : ''}`
              : undefined
          }
          onChange={(event) => onStatus(signatory, event.target.value as SignatoryStatus)}
        >
          {SIGNATORY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <div role="gridcell" className="muted cell-source" title={signatory.sourceRow ? `row ${signatory.sourceRow}` : undefined}>
        {sourceName !== null ? `${sourceName} · ${signatory.sourceRow ?? ''}` : 'by hand'}
      </div>
    </div>
  );
});

/** The signatory list as a virtualized grid: only the rows in view are in the DOM, so 10,000 rows scroll smoothly. */
export function SignatoryTable(props: SignatoryTableProps) {
  const { rows, selected, suggestedIds, sourceNames, sort, descending } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));

  return (
    <div className="signatory-grid-frame" ref={scrollRef} role="grid" aria-rowcount={rows.length + 1} aria-label="Signatories">
      <div className="signatory-grid-row signatory-grid-header" role="row" style={{ gridTemplateColumns: GRID_TEMPLATE }}>
        {COLUMNS.map((column) => (
          <div key={column.id} role="columnheader" aria-sort={column.sort && column.sort === sort ? (descending ? 'descending' : 'ascending') : undefined}>
            {column.id === 'select' ? (
              <input type="checkbox" aria-label="Select all shown" checked={allSelected} onChange={props.onToggleAll} />
            ) : column.sort ? (
              <button type="button" className="sort-button" onClick={() => props.onSort(column.sort!)}>
                {column.label}
                {column.sort === sort ? (descending ? ' ▾' : ' ▴') : ''}
              </button>
            ) : (
              column.label
            )}
          </div>
        ))}
      </div>
      <div className="signatory-grid-body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const signatory = rows[item.index]!;
          return (
            <SignatoryRow
              key={signatory.id}
              signatory={signatory}
              index={item.index}
              start={item.start}
              selected={selected.has(signatory.id)}
              suggested={suggestedIds.has(signatory.id)}
              sourceName={signatory.sourceId ? (sourceNames.get(signatory.sourceId) ?? '') : null}
              onToggle={props.onToggle}
              onSave={props.onSave}
              onStatus={props.onStatus}
            />
          );
        })}
      </div>
    </div>
  );
}
