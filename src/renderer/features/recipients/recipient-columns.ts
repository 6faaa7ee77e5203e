import type { Recipient } from '../../../shared/model/recipient';

export type RecipientColumnField = 'honorific' | 'name' | 'title' | 'organization' | 'country' | 'salutation' | 'addressLines' | 'email';

/** The editable columns of the recipients table, in order. */
export const RECIPIENT_COLUMNS: { field: RecipientColumnField; label: string; wide?: boolean }[] = [
  { field: 'honorific', label: 'Honorific' },
  { field: 'name', label: 'Name' },
  { field: 'title', label: 'Title', wide: true },
  { field: 'organization', label: 'Organization', wide: true },
  { field: 'country', label: 'Country' },
  { field: 'salutation', label: 'Salutation' },
  { field: 'addressLines', label: 'Address', wide: true },
  { field: 'email', label: 'Email' },
];

/** A cell's text as the table shows it; address lines are edited one per line. */
export function cellText(recipient: Recipient, field: RecipientColumnField): string {
  if (field === 'addressLines') return recipient.addressLines.join('\n');
  return recipient[field] ?? '';
}
