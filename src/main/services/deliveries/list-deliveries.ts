import type { Database } from 'better-sqlite3';
import { deliveredSignatorySchema, type Delivery } from '../../../shared/model/delivery';

interface DeliveryRow {
  id: number;
  recipient_id: number | null;
  recipient_key: string;
  recipient_label: string;
  kind: Delivery['kind'];
  channel: Delivery['channel'];
  address: string | null;
  message_id: string | null;
  files: string;
  delivered_at: string;
  letter_updated_at: string | null;
  version_id: number | null;
  letter_date: string;
  signatories: string;
}

/** Every recorded delivery of the campaign, oldest first (optionally one recipient's). */
export function listDeliveries(db: Database, options: { recipientId?: number } = {}): Delivery[] {
  const rows = db
    .prepare(
      `SELECT d.*, l.signatories FROM deliveries d JOIN delivered_lists l ON l.id = d.list_id
       ${options.recipientId === undefined ? '' : 'WHERE d.recipient_id = @recipientId'} ORDER BY d.delivered_at, d.id`,
    )
    .all(options.recipientId === undefined ? {} : { recipientId: options.recipientId }) as DeliveryRow[];
  const lists = new Map<string, Delivery['signatories']>();
  return rows.map((row) => {
    let signatories = lists.get(row.signatories);
    if (!signatories) {
      signatories = deliveredSignatorySchema.array().parse(JSON.parse(row.signatories));
      lists.set(row.signatories, signatories);
    }
    return {
      id: row.id,
      recipientId: row.recipient_id,
      recipientKey: row.recipient_key,
      recipientLabel: row.recipient_label,
      kind: row.kind,
      channel: row.channel,
      address: row.address,
      messageId: row.message_id,
      files: JSON.parse(row.files) as string[],
      deliveredAt: row.delivered_at,
      letterUpdatedAt: row.letter_updated_at,
      versionId: row.version_id,
      letterDate: row.letter_date,
      signatories,
    };
  });
}

/** Whether an export from before deliveries were recorded sent letters nobody knows the contents of. */
export function hasUnrecordedExports(db: Database): boolean {
  return db.prepare('SELECT 1 FROM exports WHERE deliveries_recorded = 0 AND recipients > 0 LIMIT 1').get() !== undefined;
}
