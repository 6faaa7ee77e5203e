import type { Database } from 'better-sqlite3';
import type { CurrentSignatory } from '../../../shared/deliveries/signatories-since';
import type { CampaignSignatory } from '../export/load-merge-inputs';

export type CampaignCurrentSignatory = CampaignSignatory & CurrentSignatory;

/** The campaign's signatories with the name key and creation time the delivery record compares on. */
export function currentSignatories(db: Database, signatories: readonly CampaignSignatory[]): CampaignCurrentSignatory[] {
  const rows = db.prepare('SELECT id, name_key AS key, created_at AS createdAt FROM signatories').all() as { id: number; key: string; createdAt: string }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return signatories.map((signatory) => ({
    ...signatory,
    key: byId.get(signatory.id)?.key ?? '',
    createdAt: byId.get(signatory.id)?.createdAt ?? '',
  }));
}

/** Name keys that a merge of duplicates joined (a key shared by both sides carries "#id", dropped here). */
export function mergedSignatoryKeys(db: Database): [string, string][] {
  const rows = db.prepare("SELECT key_a, key_b FROM duplicate_decisions WHERE decision = 'merged'").all() as { key_a: string; key_b: string }[];
  const bare = (key: string): string => key.replace(/#\d+$/, '');
  return rows.map((row) => [bare(row.key_a), bare(row.key_b)]);
}
