import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { Signatory } from '../../../shared/model/signatory';
import { UserError } from '../../../shared/model/user-error';
import { cleanDisplayName } from '../../../shared/signatories/clean-display-name';
import { signatoryNameParts } from '../../../shared/signatories/signatory-name-parts';
import { readCampaignCountryAliases } from './campaign-country-aliases';
import { readSignatoryRow, SIGNATORY_COLUMNS, toSignatory, type SignatoryRow } from './signatory-records';

/** The fields a person edits in the table; an omitted field is left as it is, null or "" clears it. */
export interface SignatoryChange {
  name?: string;
  acronym?: string | null;
  country?: string | null;
  /** Set with a country the resolver does not know; otherwise the code follows the country. */
  countryCode?: string | null;
  contactName?: string | null;
  email?: string | null;
  title?: string | null;
  extra?: Record<string, string>;
}

function blankToNull(value: string | null | undefined): string | null {
  const cleaned = value == null ? '' : cleanDisplayName(value);
  return cleaned === '' ? null : cleaned;
}

/** Edits one signatory; its matching key follows its name, its country code its country. */
export function updateSignatory(db: Database, id: number, change: SignatoryChange): Signatory {
  return db.transaction(() => {
    const row = readSignatoryRow(db, id);
    const next: Partial<SignatoryRow> = {};
    if (change.name !== undefined) {
      const name = blankToNull(change.name);
      if (!name) throw new UserError(`Signatory ${id}: the organization name cannot be empty.`, { code: 'empty-name' });
      next.name = name;
      next.name_key = signatoryNameParts(name).key;
    }
    if (change.acronym !== undefined) next.acronym = blankToNull(change.acronym);
    if (change.country !== undefined) {
      next.country = blankToNull(change.country);
      next.country_code = next.country ? resolveCountry(next.country, { acceptCodes: true, campaignAliases: readCampaignCountryAliases(db) }) : null;
    }
    if (change.countryCode !== undefined) next.country_code = change.countryCode ? change.countryCode.toUpperCase() : null;
    if (change.contactName !== undefined) next.contact_name = blankToNull(change.contactName);
    if (change.email !== undefined) next.email = blankToNull(change.email);
    if (change.title !== undefined) next.title = blankToNull(change.title);
    if (change.extra !== undefined) next.extra = JSON.stringify(change.extra);
    const columns = Object.keys(next);
    if (columns.length > 0) {
      db.prepare(`UPDATE signatories SET ${columns.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
        ...next,
        now: new Date().toISOString(),
        id,
      });
    }
    return toSignatory({ ...row, ...next });
  })();
}

/**
 * Sets the status of several signatories at once. Withdrawn keeps the date (today unless given)
 * and an optional reason; another status clears them.
 */
export function setSignatoryStatus(db: Database, ids: readonly number[], status: SignatoryStatus, options: { reason?: string | null; date?: string | null } = {}): number {
  const now = new Date().toISOString();
  const withdrawnAt = status === 'withdrawn' ? (options.date ?? now.slice(0, 10)) : null;
  const reason = status === 'withdrawn' ? blankToNull(options.reason) : null;
  const update = db.prepare('UPDATE signatories SET status = ?, withdrawn_at = ?, withdrawn_reason = ?, updated_at = ? WHERE id = ?');
  return db.transaction(() => ids.reduce((count, id) => count + update.run(status, withdrawnAt, reason, now, id).changes, 0))();
}

/** Moves signatories, with their provenance, to the trash; the token given back undoes it. */
export function deleteSignatories(db: Database, ids: readonly number[]): { deleted: number; undoToken: string } {
  const undoToken = randomUUID();
  return db.transaction(() => {
    const select = db.prepare(`SELECT ${SIGNATORY_COLUMNS} FROM signatories WHERE id = ?`);
    const provenance = db.prepare('SELECT signatory_id, source_id, source_row, row_values FROM signatory_provenance WHERE signatory_id = ?');
    const trash = db.prepare('INSERT INTO signatory_trash (batch, signatory, provenance, deleted_at) VALUES (?, ?, ?, ?)');
    const remove = db.prepare('DELETE FROM signatories WHERE id = ?');
    const now = new Date().toISOString();
    let deleted = 0;
    for (const id of ids) {
      const row = select.get(id) as SignatoryRow | undefined;
      if (!row) continue;
      trash.run(undoToken, JSON.stringify(row), JSON.stringify(provenance.all(id)), now);
      remove.run(id);
      deleted += 1;
    }
    return { deleted, undoToken };
  })();
}

/** Brings back what one delete (or merge) moved to the trash, with the same ids when they are free. */
export function restoreSignatories(db: Database, undoToken: string): { restored: number } {
  return db.transaction(() => {
    const batch = db.prepare('SELECT id, signatory, provenance FROM signatory_trash WHERE batch = ? ORDER BY id').all(undoToken) as {
      id: number;
      signatory: string;
      provenance: string;
    }[];
    if (batch.length === 0) throw new UserError('There is nothing to undo: those signatories were already restored.', { code: 'nothing-to-undo' });
    const taken = db.prepare('SELECT 1 FROM signatories WHERE id = ?');
    const columns = SIGNATORY_COLUMNS.split(', ');
    const insert = db.prepare(`INSERT INTO signatories (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`);
    const insertProvenance = db.prepare(
      'INSERT OR IGNORE INTO signatory_provenance (signatory_id, source_id, source_row, row_values) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM signatory_sources WHERE id = ?)',
    );
    for (const entry of batch) {
      const row = JSON.parse(entry.signatory) as SignatoryRow;
      const sourceExists = row.source_id === null || db.prepare('SELECT 1 FROM signatory_sources WHERE id = ?').get(row.source_id) !== undefined;
      const values = { ...row, source_id: sourceExists ? row.source_id : null };
      const id = taken.get(row.id) ? null : row.id;
      const info = insert.run({ ...values, id });
      const newId = Number(info.lastInsertRowid);
      for (const provenance of JSON.parse(entry.provenance) as { source_id: number; source_row: number; row_values: string }[]) {
        insertProvenance.run(newId, provenance.source_id, provenance.source_row, provenance.row_values, provenance.source_id);
      }
    }
    db.prepare('DELETE FROM signatory_trash WHERE batch = ?').run(undoToken);
    return { restored: batch.length };
  })();
}
