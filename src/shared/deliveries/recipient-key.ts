import type { MergeRecipient } from '../merge/merge-context';
import { foldName } from '../signatories/fold-name';

/**
 * What identifies a recipient across a re-imported recipient list (whose rows get new ids):
 * name, organization and country, folded for matching.
 */
export function recipientKey(recipient: Pick<MergeRecipient, 'name' | 'organization' | 'country' | 'countryCode'>): string {
  return [recipient.name, recipient.organization, recipient.countryCode ?? recipient.country].map((part) => foldName(part ?? '')).join('|');
}
