import type { Database } from 'better-sqlite3';
import { countryData } from '../../../shared/countries/country-locales';
import { foldCountryText } from '../../../shared/countries/fold-country-text';
import { UserError } from '../../../shared/model/user-error';
import { rememberCampaignCountryAlias } from './campaign-country-aliases';

/**
 * Resolves one unknown country spelling for every signatory that has it, in one place, and
 * remembers it for later imports into this campaign. The spelling stays as written.
 */
export function fixSignatoryCountry(db: Database, country: string, countryCode: string): { updated: number } {
  const code = countryCode.toUpperCase();
  if (!countryData.isValid(code)) throw new UserError(`"${countryCode}" is not an ISO 3166 country code.`, { code: 'bad-country-code' });
  const folded = foldCountryText(country);
  if (!folded) throw new UserError('Give the country as it is written in the list.', { code: 'bad-country' });
  return db.transaction(() => {
    const rows = db.prepare('SELECT id, country FROM signatories WHERE country IS NOT NULL AND country_code IS NULL').all() as { id: number; country: string }[];
    const update = db.prepare('UPDATE signatories SET country_code = ?, updated_at = ? WHERE id = ?');
    const now = new Date().toISOString();
    let updated = 0;
    for (const row of rows) {
      if (foldCountryText(row.country) !== folded) continue;
      updated += update.run(code, now, row.id).changes;
    }
    rememberCampaignCountryAlias(db, folded, code);
    return { updated };
  })();
}
