import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { Signatory } from '../../../shared/model/signatory';
import { UserError } from '../../../shared/model/user-error';
import { signatoryNameParts } from '../../../shared/signatories/signatory-name-parts';
import { blankToNull } from './blank-to-null';
import { readCampaignCountryAliases } from './campaign-country-aliases';
import { nextSignatoryPosition, readSignatoryRow, toSignatory } from './signatory-records';

/**
 * Adds one signatory typed by hand (a sign-on that came by email). One with the same name key and
 * no other country is already in the list: it is refused, naming the one that is there.
 */
export function addSignatory(db: Database, input: { name: string; country?: string | null; status?: SignatoryStatus }): Signatory {
  const name = blankToNull(input.name);
  if (!name) throw new UserError('Give the organization’s name.', { code: 'empty-name' });
  const country = blankToNull(input.country);
  const countryCode = country ? resolveCountry(country, { acceptCodes: true, campaignAliases: readCampaignCountryAliases(db) }) : null;
  const parts = signatoryNameParts(name);
  return db.transaction(() => {
    const same = db.prepare('SELECT id, name, country_code FROM signatories WHERE name_key = ?').all(parts.key) as { id: number; name: string; country_code: string | null }[];
    const existing = same.find((row) => !row.country_code || !countryCode || row.country_code === countryCode);
    if (existing) throw new UserError(`“${name}” is already in the list as “${existing.name}”.`, { code: 'duplicate-signatory', details: { id: existing.id } });
    const now = new Date().toISOString();
    const status = input.status ?? 'confirmed';
    const info = db
      .prepare(
        `INSERT INTO signatories (name, name_key, acronym, country, country_code, status, withdrawn_at, position, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(name, parts.key, parts.acronym, country, countryCode, status, status === 'withdrawn' ? now.slice(0, 10) : null, nextSignatoryPosition(db), now, now);
    return toSignatory(readSignatoryRow(db, Number(info.lastInsertRowid)));
  })();
}
