import type { Recipient } from '../../../shared/model/recipient';
import { cellText, RECIPIENT_COLUMNS } from './recipient-columns';

export interface MissingRecipientColumn {
  /** A column field, or `extra.<column>` for an imported column. */
  field: string;
  label: string;
  /** The included recipients with no value there. */
  recipientIds: number[];
}

/**
 * The columns the letter needs with no fallback that some included recipient leaves empty, in table
 * order, each with those recipients: what must be filled before an export resolves every field.
 */
export function missingRecipientColumns(recipients: readonly Recipient[], neededColumns: ReadonlySet<string>): MissingRecipientColumn[] {
  const included = recipients.filter((recipient) => recipient.included);
  const columns = [
    ...RECIPIENT_COLUMNS.filter((column) => neededColumns.has(column.field)).map((column) => ({
      field: column.field as string,
      label: column.label,
      valueOf: (recipient: Recipient) => cellText(recipient, column.field),
    })),
    ...[...neededColumns]
      .filter((field) => field.startsWith('extra.'))
      .map((field) => ({
        field,
        label: field.slice('extra.'.length),
        valueOf: (recipient: Recipient) => recipient.extra[field.slice('extra.'.length)] ?? '',
      })),
  ];
  return columns
    .map(({ field, label, valueOf }) => ({
      field,
      label,
      recipientIds: included.filter((recipient) => valueOf(recipient).trim() === '').map((recipient) => recipient.id),
    }))
    .filter((column) => column.recipientIds.length > 0);
}
