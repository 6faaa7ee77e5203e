import type { Database } from 'better-sqlite3';
import type { Recipient } from '../../../shared/model/recipient';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { RecipientChange } from '../../../shared/merge/recipient-change';
import { UserError } from '../../../shared/model/user-error';
import type { RecipientDraft } from './recipient-draft';

interface RecipientRow {
  id: number;
  list_id: number;
  honorific: string | null;
  name: string | null;
  title: string | null;
  organization: string | null;
  country: string | null;
  country_code: string | null;
  salutation: string | null;
  address_lines: string;
  email: string | null;
  language: string | null;
  extra: string;
  included: number;
  position: number;
}

export interface RecipientListSummary {
  id: number;
  name: string;
  source: string;
  createdAt: string;
  count: number;
  included: number;
}

/** The fields a user can edit in the recipients table or fill for a selection. */
export const EDITABLE_RECIPIENT_FIELDS = [
  'honorific',
  'name',
  'title',
  'organization',
  'country',
  'countryCode',
  'salutation',
  'addressLines',
  'email',
  'language',
] as const;
export type EditableRecipientField = (typeof EDITABLE_RECIPIENT_FIELDS)[number];

const COLUMN_OF: Record<Exclude<EditableRecipientField, 'addressLines'>, string> = {
  honorific: 'honorific',
  name: 'name',
  title: 'title',
  organization: 'organization',
  country: 'country',
  countryCode: 'country_code',
  salutation: 'salutation',
  email: 'email',
  language: 'language',
};

const SELECT = `SELECT id, list_id, honorific, name, title, organization, country, country_code, salutation, address_lines, email, language, extra, included, position FROM recipients`;

function toRecipient(row: RecipientRow): Recipient {
  return {
    id: row.id,
    listId: row.list_id,
    honorific: row.honorific,
    name: row.name,
    title: row.title,
    organization: row.organization,
    country: row.country,
    countryCode: row.country_code,
    salutation: row.salutation,
    addressLines: JSON.parse(row.address_lines) as string[],
    email: row.email,
    language: row.language,
    extra: JSON.parse(row.extra) as Record<string, string>,
    included: row.included === 1,
    position: row.position,
  };
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.normalize('NFC').trim();
  return trimmed === '' ? null : trimmed;
}

/** Every recipient list of the campaign with how many it holds and how many are included. */
export function listRecipientLists(db: Database): RecipientListSummary[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.name, l.source, l.created_at AS createdAt, count(r.id) AS count, coalesce(sum(r.included), 0) AS included
       FROM recipient_lists l LEFT JOIN recipients r ON r.list_id = l.id GROUP BY l.id ORDER BY l.id`,
    )
    .all() as RecipientListSummary[];
  return rows;
}

/** The campaign's recipients in letter order (list, then position); only the included ones when asked. */
export function listRecipients(db: Database, options: { includedOnly?: boolean; listId?: number } = {}): Recipient[] {
  const conditions: string[] = [];
  const parameters: number[] = [];
  if (options.includedOnly) conditions.push('included = 1');
  if (options.listId !== undefined) {
    conditions.push('list_id = ?');
    parameters.push(options.listId);
  }
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return (db.prepare(`${SELECT}${where} ORDER BY list_id, position, id`).all(...parameters) as RecipientRow[]).map(toRecipient);
}

/** Iterates the included recipients one at a time, so an export never holds them all. */
export function* iterateIncludedRecipients(db: Database): Generator<Recipient> {
  for (const row of db.prepare(`${SELECT} WHERE included = 1 ORDER BY list_id, position, id`).iterate() as IterableIterator<RecipientRow>)
    yield toRecipient(row);
}

export function countIncludedRecipients(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM recipients WHERE included = 1').get() as { n: number }).n;
}

export function getRecipient(db: Database, recipientId: number): Recipient {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(recipientId) as RecipientRow | undefined;
  if (!row) throw new UserError(`Recipient ${recipientId} is not in this campaign any more.`, { code: 'unknown-recipient' });
  return toRecipient(row);
}

/**
 * Stores a new list with its recipients, in one transaction. A list with the same `replacesSource`
 * (a preset added again) is replaced rather than doubled.
 */
export function addRecipientList(
  db: Database,
  list: {
    name: string;
    source: string;
    sourceId?: number | null;
    rows: readonly (RecipientDraft & { sourceRow?: number | null })[];
    replacesSource?: boolean;
  },
  now = new Date().toISOString(),
): { listId: number; added: number; replaced: number } {
  return db.transaction(() => {
    let replaced = 0;
    if (list.replacesSource) {
      const old = db.prepare('SELECT id FROM recipient_lists WHERE source = ?').all(list.source) as { id: number }[];
      for (const { id } of old) {
        replaced += (db.prepare('SELECT count(*) AS n FROM recipients WHERE list_id = ?').get(id) as { n: number }).n;
        db.prepare('DELETE FROM recipient_lists WHERE id = ?').run(id);
      }
    }
    const listId = Number(
      db.prepare('INSERT INTO recipient_lists (name, source, created_at) VALUES (?, ?, ?)').run(list.name, list.source, now)
        .lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO recipients (list_id, honorific, name, title, organization, country, country_code, salutation, address_lines, email, language, extra, included, source_id, source_row, position)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    list.rows.forEach((row, position) => {
      insert.run(
        listId,
        blankToNull(row.honorific),
        blankToNull(row.name),
        blankToNull(row.title),
        blankToNull(row.organization),
        blankToNull(row.country),
        blankToNull(row.countryCode)?.toUpperCase() ?? null,
        blankToNull(row.salutation),
        JSON.stringify(row.addressLines.map((line) => line.normalize('NFC').trim()).filter((line) => line !== '')),
        blankToNull(row.email),
        blankToNull(row.language),
        JSON.stringify(row.extra),
        list.sourceId ?? null,
        row.sourceRow ?? null,
        position,
      );
    });
    return { listId, added: list.rows.length, replaced };
  })();
}

export function removeRecipientList(db: Database, listId: number): boolean {
  return db.prepare('DELETE FROM recipient_lists WHERE id = ?').run(listId).changes > 0;
}

function applyChange(db: Database, recipientId: number, requested: RecipientChange): void {
  const change = { ...requested };
  // A country typed by hand brings its code along, so a letter in another language names the right country.
  if (change.country !== undefined && change.countryCode === undefined) {
    const country = blankToNull(change.country);
    change.countryCode = country ? resolveCountry(country, { acceptCodes: true }) : null;
  }
  const assignments: string[] = [];
  const values: (string | number | null)[] = [];
  for (const [field, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
    if (!(field in change)) continue;
    assignments.push(`${column} = ?`);
    const value = blankToNull(change[field] as string | null | undefined);
    values.push(field === 'countryCode' ? (value?.toUpperCase() ?? null) : value);
  }
  if (change.addressLines !== undefined) {
    assignments.push('address_lines = ?');
    values.push(JSON.stringify(change.addressLines.map((line) => line.normalize('NFC').trim()).filter((line) => line !== '')));
  }
  if (change.extra !== undefined) {
    assignments.push('extra = ?');
    values.push(JSON.stringify(change.extra));
  }
  if (change.included !== undefined) {
    assignments.push('included = ?');
    values.push(change.included ? 1 : 0);
  }
  if (assignments.length === 0) return;
  const result = db.prepare(`UPDATE recipients SET ${assignments.join(', ')} WHERE id = ?`).run(...values, recipientId);
  if (result.changes === 0)
    throw new UserError(`Recipient ${recipientId} is not in this campaign any more.`, { code: 'unknown-recipient' });
}

/** Edits one recipient (inline edit in the table). */
export function updateRecipient(db: Database, recipientId: number, change: RecipientChange): Recipient {
  db.transaction(() => applyChange(db, recipientId, change))();
  return getRecipient(db, recipientId);
}

/** Includes or excludes recipients from the export. */
export function setRecipientsIncluded(db: Database, recipientIds: readonly number[], included: boolean): number {
  const update = db.prepare('UPDATE recipients SET included = ? WHERE id = ?');
  return db.transaction(() => recipientIds.reduce((count, id) => count + update.run(included ? 1 : 0, id).changes, 0))();
}

/**
 * Writes one value into one column for every recipient given ("fill a column for all selected").
 * `field` is a recipient field, or `extra.<column>` for an imported column.
 */
export function fillRecipientField(db: Database, recipientIds: readonly number[], field: string, value: string): number {
  return db.transaction(() => {
    let updated = 0;
    for (const recipientId of recipientIds) {
      if (field.startsWith('extra.')) {
        const column = field.slice('extra.'.length);
        if (column === '') throw new UserError('Name the extra column to fill.', { code: 'bad-field' });
        const recipient = getRecipient(db, recipientId);
        applyChange(db, recipientId, { extra: { ...recipient.extra, [column]: value } });
      } else if (field === 'addressLines') {
        applyChange(db, recipientId, { addressLines: value.split('\n') });
      } else if ((EDITABLE_RECIPIENT_FIELDS as readonly string[]).includes(field)) {
        applyChange(db, recipientId, { [field]: value });
      } else {
        throw new UserError(`"${field}" is not a recipient field that can be filled.`, { code: 'bad-field' });
      }
      updated += 1;
    }
    return updated;
  })();
}
