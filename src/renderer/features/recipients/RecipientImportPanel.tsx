import { useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { ColumnMappingTable } from '../spreadsheet/ColumnMappingTable';
import { SheetPicker } from '../spreadsheet/SheetPicker';
import { HeaderRowQuestion } from '../spreadsheet/HeaderRowQuestion';
import { useReturnFocus } from '../shell/use-return-focus';

type Preview = CallOutput<'recipients.previewImport'>;
export interface RecipientUpload {
  fileName: string;
  bytesBase64: string;
}

interface RecipientImportPanelProps {
  upload: RecipientUpload;
  preview: Preview;
  busy: boolean;
  /** Reads the file again with another sheet. */
  onSheet(sheet: string): void;
  /** Reads the file again with its first row as the header or as data (asked when no header was recognised). */
  onFirstRowIsHeader(firstRowIsHeader: boolean): void;
  onImport(mapping: Preview['mapping'], sheet: string | null, firstRowIsHeader: boolean | undefined): void;
  onClose(): void;
}

/** The recipients' mapping step: which field each column of the chosen file feeds, checked on its first rows before anything is added. */
export function RecipientImportPanel({ upload, preview, busy, onSheet, onFirstRowIsHeader, onImport, onClose }: RecipientImportPanelProps) {
  const [mapping, setMapping] = useState(preview.mapping);
  useReturnFocus();
  const identifying = mapping.some((entry) => entry.field === 'name' || entry.field === 'organization' || entry.field === 'country');
  return (
    <section className="recipient-import-panel" aria-labelledby="recipient-import-title">
      <header className="panel-header">
        <h2 id="recipient-import-title">Import recipients from “{upload.fileName}”</h2>
        <button type="button" onClick={onClose} aria-label="Close the recipient import">
          Close
        </button>
      </header>
      <p className="muted">
        {preview.format !== 'csv' ? `Sheet “${preview.sheetName}”` : `Text, ${preview.encoding}`} · {preview.rowCount}{' '}
        {preview.rowCount === 1 ? 'row' : 'rows'} ·{' '}
        {preview.headerRow
          ? `${preview.headerRecognised ? 'header' : 'column titles'} in row ${preview.headerRow}`
          : 'no header row: every row is read as data'}
        . Choose the field
        each column holds; a column left as an extra field can still be used in the letter.
      </p>
      <SheetPicker sheets={preview.sheets} chosen={preview.sheetName} disabled={busy} onChoose={onSheet} />
      {!preview.headerRecognised && (
        <HeaderRowQuestion
          key={`${preview.fileName}/${preview.sheetName ?? ''}`}
          headerRow={preview.headerRow}
          headers={preview.mapping.map((entry) => entry.header)}
          rows={preview.rows}
          busy={busy}
          onAnswer={onFirstRowIsHeader}
        />
      )}
      {preview.rowCount > 0 && !identifying && (
        <p className="warning-note" role="status">
          No column holds the recipients’ name, organisation or country yet: choose one above the column that says who each letter goes to.
        </p>
      )}
      <ColumnMappingTable mapping={mapping} fields={preview.fields} rows={preview.rows} onChange={setMapping} />
      {preview.unknownCountries.length > 0 && mapping.some((entry) => entry.field === 'country') && (
        <p className="warning-note">Countries not recognised (kept as written): {preview.unknownCountries.join(', ')}</p>
      )}
      <div className="panel-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || preview.rowCount === 0 || !identifying}
          onClick={() => onImport(mapping, preview.sheetName, preview.headerRecognised ? undefined : preview.headerRow !== null)}
        >
          {preview.rowCount === 0
            ? 'No rows to import'
            : `Import ${preview.rowCount} ${preview.rowCount === 1 ? 'recipient' : 'recipients'}`}
        </button>
      </div>
    </section>
  );
}
