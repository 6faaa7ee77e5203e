import type { CheckReport } from '../../../shared/merge/check-report';
import { FillMissingField } from './FillMissingField';
import './check.css';

/** Each missing field once, with its label, in the order the report first names it. */
function missingFields(report: CheckReport): { field: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const entry of report.unresolved) {
    entry.fields.forEach((field, index) => {
      if (!seen.has(field)) seen.set(field, entry.labels[index] ?? field);
    });
  }
  return [...seen].map(([field, label]) => ({ field, label }));
}

/** The characters, spaced apart; an invisible one (a space no font has) shown by its code, e.g. U+3000. */
function visibleCharacters(characters: string): string {
  return Array.from(characters, (character) =>
    /[\p{Z}\p{C}]/u.test(character) ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : character,
  ).join(' ');
}

/** The pre-flight report: per recipient the fields with no value, and the campaign's doubts. */
export function CheckPanel({ report, onRecheck, checking }: { report: CheckReport | null; onRecheck(): void; checking: boolean }) {
  if (!report) return <p className="muted">{checking ? 'Checking every letter…' : 'Not checked yet.'}</p>;
  const clean = report.unresolved.length === 0;
  return (
    <div className="check-panel" aria-live="polite">
      <div className="check-summary">
        <p className={clean ? 'check-ok' : 'check-problem'} role="status">
          {report.recipients === 0
            ? 'No recipient is included yet.'
            : clean
              ? `All ${report.recipients} letters have every field filled in.`
              : `${report.unresolved.length} of ${report.recipients} letters have fields with no value.`}
        </p>
        <button type="button" onClick={onRecheck} disabled={checking}>
          {checking ? 'Checking…' : 'Check again'}
        </button>
      </div>

      {report.unresolved.length > 0 && (
        <section aria-labelledby="check-unresolved">
          <h2 id="check-unresolved">Fields with no value</h2>
          <p className="muted">
            Fill them in on the Recipients screen, give the field a default in the letter, or export anyway: the letters then show the
            field’s name, marked.
          </p>
          {missingFields(report).map(({ field, label }) => (
            <FillMissingField key={field} field={field} label={label} entries={report.unresolved} onFilled={onRecheck} />
          ))}
          <table className="check-table">
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Missing</th>
              </tr>
            </thead>
            <tbody>
              {report.unresolved.map((entry) => (
                <tr key={entry.recipientId}>
                  <td>{entry.recipient}</td>
                  <td>
                    {entry.labels.map((label, index) => (
                      <span key={entry.fields[index]} className="missing-field" title={entry.fields[index]}>
                        {label}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {(report.unresolvedCountries.length > 0 ||
        report.pendingSuggestions > 0 ||
        report.unnamedSigners.length > 0 ||
        report.unprintable.length > 0 ||
        report.warnings.length > 0) && (
        <section aria-labelledby="check-campaign">
          <h2 id="check-campaign">Worth a look before sending</h2>
          <ul className="check-list">
            {report.unresolvedCountries.map((signatory) => (
              <li key={signatory.signatoryId}>
                Signatory “{signatory.name}”: the country “{signatory.country}” is not recognised, so it prints as written.
              </li>
            ))}
            {report.pendingSuggestions > 0 && (
              <li>
                {report.pendingSuggestions} possible duplicate{report.pendingSuggestions === 1 ? '' : 's'} among the signatories to review
                (Signatories screen).
              </li>
            )}
            {report.unnamedSigners.map((signer) => (
              <li key={signer}>The signature block has no name for {signer}.</li>
            ))}
            {report.unprintable.map((entry, index) => (
              <li key={`${index}/${entry.where}`}>
                {entry.where}: these characters are not in the letter’s fonts and would print as boxes:{' '}
                <span className="unprintable-characters">{visibleCharacters(entry.characters)}</span>
              </li>
            ))}
            {report.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
