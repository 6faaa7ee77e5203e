import './column-mapping.css';

export interface ColumnMappingEntry {
  column: number;
  header: string;
  field: string | null;
}

interface ColumnMappingTableProps {
  mapping: readonly ColumnMappingEntry[];
  fields: readonly { field: string; label: string; required?: boolean }[];
  rows: readonly { row: number; cells: readonly string[] }[];
  onChange(mapping: ColumnMappingEntry[]): void;
}

/** The mapping step's table: each column's header with the field it feeds (a choice), above the first rows of the file. */
export function ColumnMappingTable({ mapping, fields, rows, onChange }: ColumnMappingTableProps) {
  // A field feeds from one column: choosing it for a column takes it from the column that had it.
  const choose = (column: number, field: string | null) =>
    onChange(
      mapping.map((entry) => {
        if (entry.column === column) return { ...entry, field };
        return field !== null && entry.field === field ? { ...entry, field: null } : entry;
      }),
    );
  return (
    <div className="mapping-table-frame">
      <table className="mapping-table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            {mapping.map((entry) => (
              <th key={entry.column} scope="col">
                <span className="column-header">{entry.header}</span>
                <select
                  aria-label={`Field for column “${entry.header}”`}
                  value={entry.field ?? ''}
                  onChange={(event) => choose(entry.column, event.target.value || null)}
                  className={entry.field ? 'mapped' : ''}
                >
                  <option value="">Keep as extra field</option>
                  {fields.map((field) => (
                    <option key={field.field} value={field.field}>
                      {field.label}
                      {field.required ? ' (required)' : ''}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td className="muted">{row.row}</td>
              {mapping.map((entry) => (
                <td key={entry.column} className={entry.field ? '' : 'extra'}>
                  {row.cells[entry.column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
