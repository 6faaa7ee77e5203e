import type { Database } from 'better-sqlite3';
import { UNDERSIGNED_APPLICATION_ID } from '../../src/main/services/campaign/application-id';
import { openCampaignFile } from '../../src/main/services/campaign/campaign-file';
import { getLetter } from '../../src/main/services/campaign/letters';
import { CURRENT_SCHEMA_VERSION } from '../../src/main/services/campaign/migrations';
import { findLetterSchemaProblems } from '../../src/shared/document/letter-document';

/**
 * Opens a campaign as the app does (a hot rollback journal left by a killed process is rolled back)
 * and lists what is not whole: SQLite's full integrity check, the application id, the schema version,
 * foreign keys, a letter that parses and fits the letter schema, then `inspect`'s own invariants.
 * An empty list means the campaign is whole.
 */
export function checkCampaignWhole(path: string, inspect: (db: Database) => string[] = () => []): string[] {
  let campaign;
  try {
    campaign = openCampaignFile(path);
  } catch (error) {
    return [`does not open: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  try {
    const { db } = campaign;
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const applicationId = db.pragma('application_id', { simple: true });
    if (applicationId !== UNDERSIGNED_APPLICATION_ID) problems.push(`application_id is ${String(applicationId)}`);
    const version = db.pragma('user_version', { simple: true });
    if (version !== CURRENT_SCHEMA_VERSION) problems.push(`user_version is ${String(version)}, not ${CURRENT_SCHEMA_VERSION}`);
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`${foreignKeys.length} rows break a foreign key`);
    try {
      const letterProblems = findLetterSchemaProblems(getLetter(db).doc);
      if (letterProblems.length > 0) problems.push(`letter: ${letterProblems[0]!.message}`);
    } catch (error) {
      problems.push(`letter: ${(error as Error).message}`);
    }
    problems.push(...inspect(db));
  } finally {
    campaign.close();
  }
  return problems;
}
