import type { ExportProgress } from '../../../shared/merge/export-request';

const SHOWN = 20;

/** After an export or addendum run: how many files were not written, for how many letters, and why, file by file. */
export function ExportFailureList({ failures }: { failures: ExportProgress['failures'] }) {
  if (failures.length === 0) return null;
  const letters = new Set(failures.map((failure) => failure.letter)).size;
  return (
    <div role="alert" className="error-banner export-failures">
      <p>
        {failures.length} file{failures.length === 1 ? ' was' : 's were'} not written, for {letters} letter{letters === 1 ? '' : 's'}:
      </p>
      <ul>
        {failures.slice(0, SHOWN).map((failure, index) => (
          <li key={`${failure.file ?? failure.letter}-${index}`}>
            {failure.letter}
            {failure.file ? ` — ${failure.file}` : ''}: {failure.reason}
          </li>
        ))}
      </ul>
      {failures.length > SHOWN && <p>and {failures.length - SHOWN} more (listed in the run’s summary file).</p>}
    </div>
  );
}
