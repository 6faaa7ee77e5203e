import type { Database } from 'better-sqlite3';
import { foldCountryText } from '../../../shared/countries/fold-country-text';

/** Country spellings no country is known by, with how many signatories use each. */
export function listUnknownCountries(db: Database): { country: string; count: number }[] {
  const rows = db
    .prepare("SELECT country, count(*) AS count FROM signatories WHERE country IS NOT NULL AND country <> '' AND country_code IS NULL GROUP BY country ORDER BY country")
    .all() as { country: string; count: number }[];
  const merged = new Map<string, { country: string; count: number }>();
  for (const row of rows) {
    const folded = foldCountryText(row.country);
    const entry = merged.get(folded);
    if (entry) entry.count += row.count;
    else merged.set(folded, { ...row });
  }
  return [...merged.values()];
}
