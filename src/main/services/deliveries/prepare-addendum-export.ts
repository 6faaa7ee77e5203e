import type { Database } from 'better-sqlite3';
import { ADDENDUM_FILE_WORDS } from '../../../shared/deliveries/addendum-text';
import { resolveAddendum } from '../../../shared/deliveries/resolve-addendum';
import type { MergeContext } from '../../../shared/merge/merge-context';
import type { ResolvedLetter } from '../../../shared/merge/resolve-letter';
import type { DeliveredSignatory } from '../../../shared/model/delivery';
import { UserError } from '../../../shared/model/user-error';
import { orderSignatoriesForLetter } from '../../../shared/signatories/order-signatories-for-letter';
import { listAttrs } from '../../../shared/deliveries/list-attrs';
import type { MergeInputs } from '../export/load-merge-inputs';
import { getAddendumText } from './addendum-text-store';
import { planCampaignAddenda } from './plan-campaign-addenda';

export interface AddendumExport {
  /** The recipients with something new, in letter order. */
  recipientIds: number[];
  resolve(recipientId: number, context: MergeContext): ResolvedLetter;
  /** What a recipient will have received once their addendum is written. */
  receivedAfter(recipientId: number): DeliveredSignatory[];
  /** Added to file names: "addendum" in the letter's language. */
  fileWord: string;
  /** Every organization named as joined, and as withdrawn, across the addenda (each once). */
  added: string[];
  withdrawn: string[];
  /** Recipients who never received the letter (they need the full letter), and those exported before the record. */
  needsLetter: string[];
  unknown: string[];
}

/** Plans an addendum export: who gets one, and each one's document. Throws when nothing was ever sent. */
export function prepareAddendumExport(db: Database, inputs: MergeInputs, options: { includeWithdrawn: boolean }): AddendumExport {
  const plan = planCampaignAddenda(db, inputs, options);
  if (!plan.sentBefore)
    throw new UserError('Nothing has been sent from this campaign yet: export or send the letter before writing an addendum.', {
      code: 'never-sent',
    });
  const { words } = getAddendumText(db, inputs.letter.settings.language);
  const entries = new Map(
    plan.entries.flatMap((entry) => (entry.status === 'addendum' ? [[entry.recipient.id, entry] as const] : [])),
  );
  // Named in the letter's order, each once.
  const names = (key: 'added' | 'withdrawn'): string[] => {
    const unique = new Map([...entries.values()].flatMap((entry) => entry[key].map((signatory) => [signatory.id, signatory] as const)));
    const ordered = orderSignatoriesForLetter(
      [...unique.values()].map((signatory) => ({ ...signatory, status: 'confirmed' as const })),
      { ...listAttrs(inputs.letter.doc), statuses: ['confirmed'] },
      inputs.letter.settings.language,
    );
    return ordered.map(({ signatory }) => signatory.name);
  };
  return {
    recipientIds: [...entries.keys()],
    resolve: (recipientId, context) => {
      const entry = entries.get(recipientId)!;
      return resolveAddendum(inputs.letter, words, context, { letterDate: entry.letterDate, added: entry.added, withdrawn: entry.withdrawn });
    },
    receivedAfter: (recipientId) => entries.get(recipientId)?.receivedAfter ?? [],
    fileWord: ADDENDUM_FILE_WORDS[inputs.letter.settings.language],
    added: names('added'),
    withdrawn: names('withdrawn'),
    needsLetter: plan.entries.filter((entry) => entry.status === 'needs-letter').map((entry) => entry.recipient.label),
    unknown: plan.entries.filter((entry) => entry.status === 'unknown').map((entry) => entry.recipient.label),
  };
}
