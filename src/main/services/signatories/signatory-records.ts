import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import type { Signatory } from '../../../shared/model/signatory';
import { UserError } from '../../../shared/model/user-error';

/** A signatories row as SQLite returns it. */
export interface SignatoryRow {
  id: number;
  name: string;
  name_key: string;
  acronym: string | null;
  country: string | null;
  country_code: string | null;
  contact_name: string | null;
  email: string | null;
  title: string | null;
  status: SignatoryStatus;
  withdrawn_at: string | null;
  withdrawn_reason: string | null;
  extra: string;
  source_id: number | null;
  source_row: number | null;
  position: number;
  created_at: string;
  updated_at: string;
}

export const SIGNATORY_COLUMNS =
  'id, name, name_key, acronym, country, country_code, contact_name, email, title, status, withdrawn_at, withdrawn_reason, extra, source_id, source_row, position, created_at, updated_at';

export function toSignatory(row: SignatoryRow): Signatory {
  return {
    id: row.id,
    name: row.name,
    acronym: row.acronym,
    country: row.country,
    countryCode: row.country_code,
    contactName: row.contact_name,
    email: row.email,
    title: row.title,
    status: row.status,
    withdrawnAt: row.withdrawn_at,
    withdrawnReason: row.withdrawn_reason,
    extra: JSON.parse(row.extra) as Record<string, string>,
    sourceId: row.source_id,
    sourceRow: row.source_row,
    position: row.position,
  };
}

/** Every signatory row, in the order received. */
export function readSignatoryRows(db: Database): SignatoryRow[] {
  return db.prepare(`SELECT ${SIGNATORY_COLUMNS} FROM signatories ORDER BY position, id`).all() as SignatoryRow[];
}

export function readSignatoryRow(db: Database, id: number): SignatoryRow {
  const row = db.prepare(`SELECT ${SIGNATORY_COLUMNS} FROM signatories WHERE id = ?`).get(id) as SignatoryRow | undefined;
  if (!row) throw new UserError(`Signatory ${id} is not in this campaign (it may have been deleted).`, { code: 'unknown-signatory' });
  return row;
}

/** Where a signatory came from: one entry per spreadsheet row merged into it. */
export interface SignatoryProvenance {
  sourceId: number;
  fileName: string;
  sha256: string;
  importedAt: string;
  row: number;
  values: Record<string, string>;
}

export function readProvenance(db: Database, signatoryId: number): SignatoryProvenance[] {
  const rows = db
    .prepare(
      `SELECT p.source_id AS sourceId, s.file_name AS fileName, s.sha256 AS sha256, s.imported_at AS importedAt, p.source_row AS row, p.row_values AS rowValues
       FROM signatory_provenance p JOIN signatory_sources s ON s.id = p.source_id
       WHERE p.signatory_id = ? ORDER BY s.imported_at, p.source_row`,
    )
    .all(signatoryId) as (Omit<SignatoryProvenance, 'values'> & { rowValues: string })[];
  return rows.map(({ rowValues, ...rest }) => ({ ...rest, values: JSON.parse(rowValues) as Record<string, string> }));
}

export function nextSignatoryPosition(db: Database): number {
  const row = db.prepare('SELECT coalesce(max(position), 0) + 1 AS next FROM signatories').get() as { next: number };
  return row.next;
}
