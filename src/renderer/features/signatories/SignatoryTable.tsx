import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

type ColumnId = 'select' | 'position' | 'name' | 'acronym' | 'country' | 'contact' | 'email' | 'status' | 'source';

/** `minimum` in pixels: the row is as wide as its columns' minimums, and the frame scrolls sideways below that. */
const COLUMNS: { id: ColumnId; label: string; sort?: SortColumn; minimum: number; grow?: number }[] = [
  { id: 'select', label: '', minimum: 36 },
  { id: 'position', label: '#', sort: 'position', minimum: 56 },
  { id: 'name', label: 'Organization', sort: 'name', minimum: 240, grow: 3 },
  { id: 'acronym', label: 'Acronym', minimum: 80, grow: 0.7 },
  { id: 'country', label: 'Country', sort: 'country', minimum: 140, grow: 1.2 },
  { id: 'contact', label: 'Contact', minimum: 120, grow: 1 },
  { id: 'email', label: 'Email', minimum: 140, grow: 1.2 },
  { id: 'status', label: 'Status', sort: 'status', minimum: 118 },
  { id: 'source', label: 'Source', sort: 'source', minimum: 120, grow: 1 },
];

/** The columns that collapse when no row shown has a value in them. */
const OPTIONAL_COLUMNS: Partial<Record<ColumnId, (signatory: Signatory) => string | null>> = {
  acronym: (signatory) => signatory.acronym,
  contact: (signatory) => signatory.contactName,
  email: (signatory) => signatory.email,
};

/** The checkbox, the position and the name stay in view while the table scrolls sideways. */
const STICKY_LEFT: Partial<Record<ColumnId, number>> = { select: 0, position: 36, name: 92 };

function stickyStyle(id: ColumnId) {
  const left = STICKY_LEFT[id];
  return left === undefined ? undefined : { left };
}

function EditableCell({
  value,
  label,
  invalid,
  onSave,
}: {
  value: string | null;
  label: string;
  invalid?: string;
  onSave(value: string): Promise<void>;
}) {
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
    <button
      type="button"
      className={`cell-text${invalid ? ' cell-invalid' : ''}`}
      title={invalid ?? value ?? ''}
      aria-label={`${label}: ${value ?? 'empty'}. Edit`}
      onClick={() => setDraft(value ?? '')}
    >
      {value ?? ''}
      {invalid && (
        <span className="cell-flag" aria-hidden="true">
          ?
        </span>
      )}
    </button>
  );
}

interface SignatoryRowProps {
  columns: readonly ColumnId[];
  gridTemplate: string;
  minimumWidth: number;
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
const SignatoryRow = memo(function SignatoryRow({
  columns,
  gridTemplate,
  minimumWidth,
  signatory,
  index,
  start,
  selected,
  suggested,
  sourceName,
  onToggle,
  onSave,
  onStatus,
}: SignatoryRowProps) {
  const unknownCountry =
    signatory.country && !signatory.countryCode ? `“${signatory.country}” is not a country Undersigned recognises` : undefined;
  const cells: Record<ColumnId, ReactNode> = {
    select: (
      <input
        type="checkbox"
        aria-label={`Select ${signatory.name}`}
        checked={selected}
        onChange={(event) => onToggle(signatory.id, (event.nativeEvent as MouseEvent).shiftKey)}
      />
    ),
    position: (
      <>
        {signatory.position}
        {suggested && (
          <span className="suggested-flag" title="Possible duplicate: see the review">
            ≈
          </span>
        )}
      </>
    ),
    name: <EditableCell value={signatory.name} label="Organization" onSave={(value) => onSave(signatory, 'name', value)} />,
    acronym: <EditableCell value={signatory.acronym} label="Acronym" onSave={(value) => onSave(signatory, 'acronym', value)} />,
    country: (
      <EditableCell
        value={countryLabel(signatory) || null}
        label="Country"
        invalid={unknownCountry}
        onSave={(value) => onSave(signatory, 'country', value.replace(/\s*\([A-Z]{2}\)$/, ''))}
      />
    ),
    contact: <EditableCell value={signatory.contactName} label="Contact" onSave={(value) => onSave(signatory, 'contactName', value)} />,
    email: <EditableCell value={signatory.email} label="Email" onSave={(value) => onSave(signatory, 'email', value)} />,
    status: (
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
    ),
    source: sourceName !== null ? `${sourceName} · ${signatory.sourceRow ?? ''}` : 'by hand',
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`signatory-grid-row status-${signatory.status}${selected ? ' selected' : ''}`}
      style={{ gridTemplateColumns: gridTemplate, minWidth: minimumWidth, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
    >
      {columns.map((id) => (
        <div
          key={id}
          role="gridcell"
          className={
            [
              id in STICKY_LEFT ? 'sticky-cell' : '',
              id === 'position' || id === 'source' ? 'muted' : '',
              id === 'source' ? 'cell-source' : '',
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          style={stickyStyle(id)}
          title={id === 'source' && signatory.sourceRow ? `row ${signatory.sourceRow}` : undefined}
        >
          {cells[id]}
        </div>
      ))}
    </div>
  );
});

/** The signatory list as a virtualized grid: only the rows in view are in the DOM, so 10,000 rows scroll smoothly. */
export function SignatoryTable(props: SignatoryTableProps) {
  const { rows, selected, suggestedIds, sourceNames, sort, descending } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  const [showEmptyColumns, setShowEmptyColumns] = useState(false);
  const emptyColumns = useMemo(
    () =>
      COLUMNS.filter((column) => {
        const valueOf = OPTIONAL_COLUMNS[column.id];
        return valueOf !== undefined && rows.length > 0 && !rows.some((row) => (valueOf(row) ?? '').trim() !== '');
      }),
    [rows],
  );
  const { shown, columnIds, gridTemplate, minimumWidth } = useMemo(() => {
    const shownColumns = COLUMNS.filter((column) => showEmptyColumns || !emptyColumns.includes(column));
    return {
      shown: shownColumns,
      columnIds: shownColumns.map((column) => column.id),
      gridTemplate: shownColumns
        .map((column) => (column.grow ? `minmax(${column.minimum}px, ${column.grow}fr)` : `${column.minimum}px`))
        .join(' '),
      minimumWidth: shownColumns.reduce((sum, column) => sum + column.minimum, 0),
    };
  }, [emptyColumns, showEmptyColumns]);

  return (
    <>
      {emptyColumns.length > 0 && (
        <p className="empty-columns-note muted">
          {showEmptyColumns ? '' : `No signatory shown has ${emptyColumns.map((column) => column.label.toLowerCase()).join(' or ')}. `}
          <button type="button" className="link-button" onClick={() => setShowEmptyColumns((current) => !current)}>
            {showEmptyColumns
              ? 'Hide the empty columns'
              : `Show ${emptyColumns.length === 1 ? 'the empty column' : `the ${emptyColumns.length} empty columns`}`}
          </button>
        </p>
      )}
      <div className="signatory-grid-frame" ref={scrollRef} role="grid" aria-rowcount={rows.length + 1} aria-label="Signatories">
        <div
          className="signatory-grid-row signatory-grid-header"
          role="row"
          style={{ gridTemplateColumns: gridTemplate, minWidth: minimumWidth }}
        >
          {shown.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className={column.id in STICKY_LEFT ? 'sticky-cell' : undefined}
              style={stickyStyle(column.id)}
              aria-sort={column.sort && column.sort === sort ? (descending ? 'descending' : 'ascending') : undefined}
            >
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
                columns={columnIds}
                gridTemplate={gridTemplate}
                minimumWidth={minimumWidth}
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
    </>
  );
}
