import type { MissingRecipientColumn } from './missing-recipient-columns';

/** A value to start from where one fits most recipients of the bundled sets; the user changes it before filling. */
const FILL_SUGGESTIONS: Record<string, string> = {
  honorific: 'H.E.',
  title: 'Minister for Foreign Affairs',
  salutation: 'Your Excellency',
};

interface NeededColumnsProps {
  missing: readonly MissingRecipientColumn[];
  included: number;
  /** The column whose empty recipients alone the table shows, or null. */
  shown: string | null;
  onShow(field: string | null): void;
  /** Selects the recipients without a value and readies the fill tool for the column. */
  onFill(column: MissingRecipientColumn, suggestion: string): void;
}

/** Says up front which columns must be filled before export (the letter prints them with no fallback), for how many recipients, with a way to fill them. */
export function NeededColumns({ missing, included, shown, onShow, onFill }: NeededColumnsProps) {
  return (
    <section className="needed-columns" aria-labelledby="needed-columns-title">
      <h2 id="needed-columns-title">To fill before export</h2>
      <p className="muted">The letter prints these fields with no fallback: a recipient without a value gets a letter with a gap.</p>
      <ul>
        {missing.map((column) => {
          const count = column.recipientIds.length;
          return (
            <li key={column.field}>
              <span>
                <strong>{column.label}</strong>: missing for {count === included ? `all ${included}` : `${count} of ${included}`} included{' '}
                {included === 1 ? 'recipient' : 'recipients'}
              </span>
              <button type="button" onClick={() => onFill(column, FILL_SUGGESTIONS[column.field] ?? '')}>
                Fill {column.label.toLowerCase()} for {count === 1 ? 'this recipient' : `these ${count}`}…
              </button>
              {shown === column.field ? (
                <button type="button" onClick={() => onShow(null)}>
                  Show all recipients
                </button>
              ) : (
                <button type="button" onClick={() => onShow(column.field)}>
                  Show only {count === 1 ? 'this recipient' : `these ${count}`}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
