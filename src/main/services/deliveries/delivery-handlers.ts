import type { Handlers } from '../app-context';
import type { OpenCampaigns } from '../campaign/open-campaigns';
import { loadMergeInputs } from '../export/load-merge-inputs';
import { getAddendumText, saveAddendumText } from './addendum-text-store';
import { listDeliveries } from './list-deliveries';
import { planCampaignAddenda } from './plan-campaign-addenda';

type DeliveryCall = 'addendum.status' | 'addendum.text' | 'addendum.saveText' | 'deliveries.list';

/** The addendum's state and words, and the history of what each recipient received. */
export function createDeliveryHandlers(campaigns: OpenCampaigns): Pick<Handlers, DeliveryCall> {
  const words = (campaignId: string) => {
    const { db } = campaigns.get(campaignId);
    const inputs = loadMergeInputs(db);
    const { words: text, edited } = getAddendumText(db, inputs.letter.settings.language);
    return { ...text, edited };
  };
  return {
    'addendum.status': ({ campaignId, includeWithdrawn }) => {
      const { db } = campaigns.get(campaignId);
      const plan = planCampaignAddenda(db, loadMergeInputs(db), { includeWithdrawn });
      const letters = listDeliveries(db).filter((delivery) => delivery.kind === 'letter');
      const recipients = plan.entries.map((entry) => {
        const named = entry.status === 'addendum' || entry.status === 'nothing-new';
        return {
          recipientId: entry.recipient.id,
          label: entry.recipient.label,
          status: entry.status,
          since: named ? entry.since : null,
          added: named ? entry.added.map((signatory) => signatory.name) : [],
          withdrawn: named ? entry.withdrawn.map((signatory) => signatory.name) : [],
        };
      });
      const unique = (lists: string[][]): string[] => [...new Set(lists.flat())];
      return {
        sentBefore: plan.sentBefore,
        lettersDate: letters.at(-1)?.letterDate ?? null,
        joined: unique(recipients.map((recipient) => recipient.added)),
        withdrawn: unique(recipients.map((recipient) => recipient.withdrawn)),
        recipients,
      };
    },
    'addendum.text': ({ campaignId }) => words(campaignId),
    'addendum.saveText': ({ campaignId, words: text }) => {
      saveAddendumText(campaigns.get(campaignId).db, text);
      return words(campaignId);
    },
    'deliveries.list': ({ campaignId }) =>
      listDeliveries(campaigns.get(campaignId).db)
        .reverse()
        .map(({ recipientLabel, kind, channel, address, deliveredAt, letterDate, files, signatories }) => ({
          recipientLabel,
          kind,
          channel,
          address,
          deliveredAt,
          letterDate,
          files,
          signatoryCount: signatories.length,
        })),
  };
}
