import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import { blankToNull } from './blank-to-null';

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
