import type { MergeRecipient } from './merge-context';

/** How a recipient is named in reports, progress and pickers: "Jane Doe, African Union", "Ghana". */
export function recipientLabel(recipient: Pick<MergeRecipient, 'name' | 'organization' | 'country'>, position?: number): string {
  const parts = [recipient.name, recipient.organization ?? recipient.country]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '');
  if (parts.length > 0) return parts.join(', ');
  return position === undefined ? 'Unnamed recipient' : `Recipient ${position + 1}`;
}
