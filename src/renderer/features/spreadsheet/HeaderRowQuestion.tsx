import { useId, useState } from 'react';

interface HeaderRowQuestionProps {
  /** The preview: the header row read (null when the first row is read as data), the columns' headers and the first rows. */
  headerRow: number | null;
  headers: readonly string[];
  rows: readonly { row: number; cells: readonly string[] }[];
  busy: boolean;
  /** Reads the file again with the first row as the header (true) or as data (false). */
  onAnswer(firstRowIsHeader: boolean): void;
}

/**
 * Asked in the mapping step when no row names a known column: is the first row a header? The answer
 * given by default is the import's guess (a row of labels above values of another kind); either way the
 * row is shown, so a row of column titles is never imported without the user seeing it. Key it by the file and
 * sheet read: a new one asks again.
 */
export function HeaderRowQuestion({ headerRow, headers, rows, busy, onAnswer }: HeaderRowQuestionProps) {
  const name = useId();
  // The answer shows at once; the preview read with it follows.
  const [answer, setAnswer] = useState<boolean | null>(null);
  const isHeader = answer ?? headerRow !== null;
  const choose = (firstRowIsHeader: boolean) => {
    setAnswer(firstRowIsHeader);
    onAnswer(firstRowIsHeader);
  };
  const firstRow = headerRow !== null ? { row: headerRow, cells: headers } : rows[0];
  if (!firstRow) return null;
  const cells = firstRow.cells.filter((cell) => cell.trim() !== '');
  return (
    <fieldset className="header-row-question">
      <legend>Is the first row a header?</legend>
      <p className="muted">
        No column title was recognised. Row {firstRow.row}: {cells.map((cell) => `“${cell}”`).join(', ')}
      </p>
      <label>
        <input type="radio" name={name} checked={isHeader} disabled={busy} onChange={() => choose(true)} />
        Yes: it holds the column titles (not imported)
      </label>
      <label>
        <input type="radio" name={name} checked={!isHeader} disabled={busy} onChange={() => choose(false)} />
        No: it is the first row of data
      </label>
    </fieldset>
  );
}
