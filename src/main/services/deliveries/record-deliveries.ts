import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { DeliveredSignatory, Delivery } from '../../../shared/model/delivery';
import type { Letter } from '../../../shared/model/letter';

export interface DeliveryEntry {
  recipientId: number;
  recipientKey: string;
  recipientLabel: string;
  signatories: readonly DeliveredSignatory[];
  files?: readonly string[];
  address?: string | null;
  messageId?: string | null;
}

function listId(db: Database, signatories: readonly DeliveredSignatory[], cache: Map<string, number>): number {
  const json = JSON.stringify(signatories);
  const sha256 = createHash('sha256').update(json).digest('hex');
  const cached = cache.get(sha256);
  if (cached !== undefined) return cached;
  db.prepare('INSERT OR IGNORE INTO delivered_lists (sha256, signatories) VALUES (?, ?)').run(sha256, json);
  const id = (db.prepare('SELECT id FROM delivered_lists WHERE sha256 = ?').get(sha256) as { id: number }).id;
  cache.set(sha256, id);
  return id;
}

/**
 * Records what each recipient received from one export or one e-mail: the letter version, the date
 * it printed and the signatories it printed. A list of signatories shared by many recipients is kept once.
 */
export function recordDeliveries(
  db: Database,
  delivery: {
    exportId: number | null;
    kind: Delivery['kind'];
    channel: Delivery['channel'];
    letter: Letter;
    letterDate: string;
    entries: readonly DeliveryEntry[];
  },
  now = new Date().toISOString(),
): void {
  const latestVersion = db
    .prepare('SELECT id FROM versions WHERE letter_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
    .get(delivery.letter.id) as { id: number } | undefined;
  const insert = db.prepare(
    `INSERT INTO deliveries (export_id, recipient_id, recipient_key, recipient_label, kind, channel, address, message_id, files,
       delivered_at, letter_id, letter_updated_at, version_id, letter_date, list_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lists = new Map<string, number>();
  db.transaction(() => {
    for (const entry of delivery.entries) {
      insert.run(
        delivery.exportId,
        entry.recipientId,
        entry.recipientKey,
        entry.recipientLabel,
        delivery.kind,
        delivery.channel,
        entry.address ?? null,
        entry.messageId ?? null,
        JSON.stringify(entry.files ?? []),
        now,
        delivery.letter.id,
        delivery.letter.updatedAt,
        latestVersion?.id ?? null,
        delivery.letterDate,
        listId(db, entry.signatories, lists),
      );
    }
    if (delivery.exportId !== null) db.prepare('UPDATE exports SET deliveries_recorded = 1, kind = ? WHERE id = ?').run(delivery.kind, delivery.exportId);
  })();
}
