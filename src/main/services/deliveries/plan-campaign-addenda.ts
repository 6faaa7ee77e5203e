import type { Database } from 'better-sqlite3';
import { planAddenda, type AddendumPlanEntry } from '../../../shared/deliveries/plan-addenda';
import { printedStatuses } from '../../../shared/deliveries/printed-signatories';
import { recipientKey } from '../../../shared/deliveries/recipient-key';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import type { Recipient } from '../../../shared/model/recipient';
import type { MergeInputs } from '../export/load-merge-inputs';
import { listRecipients } from '../recipients/recipient-store';
import { currentSignatories, mergedSignatoryKeys, type CampaignCurrentSignatory } from './current-signatories';
import { hasUnrecordedExports, listDeliveries } from './list-deliveries';

export interface CampaignAddendaPlan {
  entries: AddendumPlanEntry<CampaignCurrentSignatory>[];
  recipients: Map<number, Recipient>;
  /** Whether anything was ever delivered (an export or an e-mail, recorded or not). */
  sentBefore: boolean;
}

/** What an addendum would tell each included recipient of the campaign, from the delivery record. */
export function planCampaignAddenda(db: Database, inputs: MergeInputs, options: { includeWithdrawn: boolean }): CampaignAddendaPlan {
  const recipients = listRecipients(db, { includedOnly: true });
  const deliveries = listDeliveries(db);
  const unrecorded = hasUnrecordedExports(db);
  const entries = planAddenda(
    recipients.map((recipient, position) => ({ id: recipient.id, key: recipientKey(recipient), label: recipientLabel(recipient, position) })),
    deliveries,
    currentSignatories(db, inputs.signatories),
    {
      printedStatuses: printedStatuses(inputs.letter.doc),
      mergedKeys: mergedSignatoryKeys(db),
      includeWithdrawn: options.includeWithdrawn,
      hasUnrecordedExports: unrecorded,
    },
  );
  return { entries, recipients: new Map(recipients.map((recipient) => [recipient.id, recipient])), sentBefore: unrecorded || deliveries.length > 0 };
}
