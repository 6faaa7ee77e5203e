import { resolveCountry } from '../../../shared/countries/resolve-country';
import { foldHeaderText } from './fold-header-text';
import type { SpreadsheetRow } from './spreadsheet-grid';

/** How many rows below the first one are compared with it. */
const BODY_ROWS = 50;

type CellKind = 'empty' | 'email' | 'url' | 'date' | 'number' | 'phone' | 'country' | 'text';

/** What a cell holds, as far as telling a title from a value goes. */
function cellKind(cell: string): CellKind {
  const text = cell.trim();
  if (!text) return 'empty';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return 'email';
  if (/^(https?:\/\/|www\.)\S+$/i.test(text)) return 'url';
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(text)) return 'date';
  if (/^[-+]?[\d\s.,'’]*\d[\d\s.,'’]*%?$/.test(text)) return 'number';
  if (/^\+?[\d\s().-]+$/.test(text) && text.replace(/\D/g, '').length >= 6) return 'phone';
  if (resolveCountry(text, { acceptCodes: true })) return 'country';
  return 'text';
}

/** A cell written as a column title: words, short, not a value of any kind. */
function looksLikeLabel(cell: string): boolean {
  const text = cell.trim();
  return cellKind(text) === 'text' && text.length <= 60 && text.split(/\s+/).length <= 6 && /\p{L}/u.test(text) && !/[.!?]$/.test(text);
}

/**
 * Whether the first filled row of a sheet whose header was not recognised is a header all the same:
 * every one of its cells looks like a label, none of them recurs below it in its column, and at least one
 * column below holds values of another kind (numbers, dates, e-mail or web addresses, phone numbers,
 * countries) than its title. Without such a difference the row is read as data; the mapping step asks either way.
 */
export function guessFirstRowIsHeader(rows: readonly SpreadsheetRow[]): boolean {
  const filled = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  const [first, ...body] = filled;
  if (!first || body.length === 0) return false;
  const titles = first.cells.map((cell) => cell.trim());
  if (!titles.every((title) => title === '' || looksLikeLabel(title))) return false;
  const sample = body.slice(0, BODY_ROWS);
  let differsInKind = false;
  for (const [column, title] of titles.entries()) {
    if (!title) continue;
    const values = sample.map((row) => (row.cells[column] ?? '').trim()).filter(Boolean);
    const foldedTitle = foldHeaderText(title);
    if (values.some((value) => foldHeaderText(value) === foldedTitle)) return false;
    const otherKind = values.filter((value) => cellKind(value) !== 'text').length;
    if (values.length > 0 && otherKind * 2 >= values.length) differsInKind = true;
  }
  return differsInKind;
}
