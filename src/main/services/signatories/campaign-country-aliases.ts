import type { Database } from 'better-sqlite3';
import { getMeta, setMeta } from '../campaign/letters';

const META_KEY = 'signatories.country-aliases';

/** Country spellings this campaign resolved by hand (folded -> ISO code), so the next import knows them. */
export function readCampaignCountryAliases(db: Database): Map<string, string> {
  const stored = getMeta(db, META_KEY);
  return new Map(stored ? (Object.entries(JSON.parse(stored) as Record<string, string>)) : []);
}

export function rememberCampaignCountryAlias(db: Database, folded: string, code: string): void {
  const aliases = readCampaignCountryAliases(db);
  aliases.set(folded, code);
  setMeta(db, META_KEY, JSON.stringify(Object.fromEntries(aliases)));
}
