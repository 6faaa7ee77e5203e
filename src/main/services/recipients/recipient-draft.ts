import type { Recipient } from '../../../shared/model/recipient';

/** A recipient before it is stored: what an import or a preset provides. */
export type RecipientDraft = Omit<Recipient, 'id' | 'listId' | 'included' | 'position'>;

/** Fields a recipient column can be mapped to, beyond which a column is kept as an extra field. */
export const RECIPIENT_FIELDS = {
  honorific: { label: 'Honorific (H.E., Dr)' },
  name: { label: 'Name' },
  title: { label: 'Title' },
  organization: { label: 'Organization' },
  country: { label: 'Country' },
  salutation: { label: 'Salutation' },
  addressLines: { label: 'Address line' },
  email: { label: 'Email' },
  language: { label: 'Language' },
} as const;
export type RecipientField = keyof typeof RECIPIENT_FIELDS;
