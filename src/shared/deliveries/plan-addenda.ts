import type { SignatoryStatus } from '../document/nodes';
import type { Delivery } from '../model/delivery';
import { signatoriesSince, type CurrentSignatory } from './signatories-since';

/** A recipient as the addendum plan needs it. */
export interface AddendumRecipient {
  id: number;
  key: string;
  label: string;
}

export type DeliveryBasis = Pick<Delivery, 'recipientId' | 'recipientKey' | 'kind' | 'deliveredAt' | 'letterDate' | 'signatories'>;

export type AddendumPlanEntry<Item extends CurrentSignatory = CurrentSignatory> =
  | {
      status: 'addendum' | 'nothing-new';
      recipient: AddendumRecipient;
      /** When the recipient last received the letter or an addendum. */
      since: string;
      /** The date printed on the last full letter they received. */
      letterDate: string;
      added: Item[];
      withdrawn: Item[];
      /** What they will have received once this addendum goes out. */
      receivedAfter: DeliveryBasis['signatories'];
    }
  /** Never received the letter (added to the recipients after it went out): they need the full letter. */
  | { status: 'needs-letter'; recipient: AddendumRecipient }
  /** Exported before Undersigned recorded what each recipient received. */
  | { status: 'unknown'; recipient: AddendumRecipient };

export interface AddendumPlanOptions {
  printedStatuses: readonly SignatoryStatus[];
  mergedKeys?: readonly (readonly [string, string])[];
  includeWithdrawn: boolean;
  /** An export from before the record exists: a recipient with no record may have received it. */
  hasUnrecordedExports: boolean;
}

/**
 * For each recipient, what an addendum would tell them: the signatories printed now that their last
 * letter or addendum did not carry (and, when asked, those who withdrew since). A recipient
 * matches its deliveries by id, or by its key when the recipient list was imported again.
 */
export function planAddenda<Item extends CurrentSignatory>(
  recipients: readonly AddendumRecipient[],
  deliveries: readonly DeliveryBasis[],
  current: readonly Item[],
  options: AddendumPlanOptions,
): AddendumPlanEntry<Item>[] {
  const byId = new Map<number, DeliveryBasis[]>();
  const byKey = new Map<string, DeliveryBasis[]>();
  for (const delivery of deliveries) {
    if (delivery.recipientId !== null) byId.set(delivery.recipientId, [...(byId.get(delivery.recipientId) ?? []), delivery]);
    byKey.set(delivery.recipientKey, [...(byKey.get(delivery.recipientKey) ?? []), delivery]);
  }
  return recipients.map((recipient): AddendumPlanEntry<Item> => {
    const own = byId.get(recipient.id) ?? byKey.get(recipient.key) ?? [];
    if (own.length === 0) return { status: options.hasUnrecordedExports ? 'unknown' : 'needs-letter', recipient };
    const ordered = [...own].sort((a, b) => a.deliveredAt.localeCompare(b.deliveredAt));
    const last = ordered.at(-1)!;
    const lastLetter = ordered.filter((delivery) => delivery.kind === 'letter').at(-1) ?? last;
    const { added, withdrawn } = signatoriesSince(last.signatories, last.deliveredAt, current, options);
    const told = options.includeWithdrawn ? withdrawn : [];
    const goneIds = new Set(told.map((signatory) => signatory.id));
    const goneKeys = new Set(told.map((signatory) => signatory.key));
    const receivedAfter = [
      ...last.signatories.filter((signatory) => !goneIds.has(signatory.id) && !goneKeys.has(signatory.key)),
      ...added.map(({ id, name, key }) => ({ id, name, key })),
    ];
    return {
      status: added.length > 0 || told.length > 0 ? 'addendum' : 'nothing-new',
      recipient,
      since: last.deliveredAt,
      letterDate: lastLetter.letterDate,
      added,
      withdrawn: told,
      receivedAfter,
    };
  });
}
