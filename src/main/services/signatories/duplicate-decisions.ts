import type { Database } from 'better-sqlite3';

export type DuplicateDecision = 'distinct' | 'merged';

/** One side of a decision: the name key, made unique by id when both names share a key. */
export function decisionKeys(first: { id: number; key: string }, second: { id: number; key: string }): [string, string] {
  const keys = first.key === second.key ? [`${first.key}#${first.id}`, `${second.key}#${second.id}`] : [first.key, second.key];
  return keys[0]! < keys[1]! ? [keys[0]!, keys[1]!] : [keys[1]!, keys[0]!];
}

/** Every remembered decision, as "keyA\u0000keyB" -> decision. */
export function readDuplicateDecisions(db: Database): Map<string, DuplicateDecision> {
  const rows = db.prepare('SELECT key_a, key_b, decision FROM duplicate_decisions').all() as { key_a: string; key_b: string; decision: DuplicateDecision }[];
  return new Map(rows.map((row) => [`${row.key_a}\u0000${row.key_b}`, row.decision]));
}

export function rememberDuplicateDecision(db: Database, keys: [string, string], decision: DuplicateDecision): void {
  db.prepare(
    `INSERT INTO duplicate_decisions (key_a, key_b, decision, decided_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(key_a, key_b) DO UPDATE SET decision = excluded.decision, decided_at = excluded.decided_at`,
  ).run(keys[0], keys[1], decision, new Date().toISOString());
}
