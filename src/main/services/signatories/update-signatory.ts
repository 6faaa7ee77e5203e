import type { Database } from 'better-sqlite3';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import type { Signatory } from '../../../shared/model/signatory';
import { UserError } from '../../../shared/model/user-error';
import { signatoryNameParts } from '../../../shared/signatories/signatory-name-parts';
import { blankToNull } from './blank-to-null';
import { readCampaignCountryAliases } from './campaign-country-aliases';
import { readSignatoryRow, toSignatory, type SignatoryRow } from './signatory-records';

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
