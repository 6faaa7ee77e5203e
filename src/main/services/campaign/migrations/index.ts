import type { Database } from 'better-sqlite3';
import * as createCampaignSchema from './0001-create-campaign-schema';
import * as addSignatoryProvenance from './0002-add-signatory-provenance';
import * as recordDeliveries from './0003-record-deliveries';
import * as markApplicationId from './0004-mark-application-id';
import * as addDeclinedStatus from './0005-add-declined-status';

export interface Migration {
  version: number;
  up(db: Database): void;
}

/** Every migration in order; a new one is `NNNN-verb-noun.ts` appended here. */
export const MIGRATIONS: readonly Migration[] = [createCampaignSchema, addSignatoryProvenance, recordDeliveries, markApplicationId, addDeclinedStatus];

for (let index = 0; index < MIGRATIONS.length; index += 1) {
  if (MIGRATIONS[index]!.version !== index + 1) {
    throw new Error(`campaign migrations out of order: migration ${index + 1} declares version ${MIGRATIONS[index]!.version}`);
  }
}

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a database from its user_version to the current one, in one transaction. */
export function runMigrations(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((migration) => migration.version > from);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${CURRENT_SCHEMA_VERSION}`);
  })();
  return { from, to: CURRENT_SCHEMA_VERSION };
}
