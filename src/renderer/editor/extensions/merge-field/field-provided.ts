import { isMergeFieldPath, EXTRA_FIELD_PREFIX } from '../../../../shared/merge/merge-fields';
import { parseMergeField } from '../../../../shared/merge/parse-merge-field';
import type { Recipient } from '../../../../shared/model/recipient';

const RECIPIENT_PREFIX = 'recipient.';

function recipientValue(recipient: Recipient, key: string): string {
  if (key.startsWith('extra.')) return recipient.extra[key.slice('extra.'.length)] ?? '';
  if (key === 'address') return recipient.addressLines.join(' ');
  const value = (recipient as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/**
 * Whether a field gets a value in at least one included recipient's letter: a recipient field no list fills
 * (and with no `default:`) would be left blank, so its chip is shown in warning colour.
 */
export function isFieldProvided(field: string, recipients: readonly Recipient[] | null): boolean {
  const parsed = parseMergeField(field);
  if (!parsed.ok) return false;
  // `default: ""` is a choice to print nothing (an optional address line), as good as a value.
  if (parsed.filters.some((filter) => filter.name === 'default' && filter.argument !== null)) return true;
  const path = parsed.path;
  if (path === 'recipient.greeting') return true;
  if (!path.startsWith(RECIPIENT_PREFIX)) return isMergeFieldPath(path);
  if (!isMergeFieldPath(path) && !path.startsWith(EXTRA_FIELD_PREFIX)) return false;
  if (!recipients) return true;
  const key = path.slice(RECIPIENT_PREFIX.length);
  return recipients.some((recipient) => recipient.included && recipientValue(recipient, key).trim() !== '');
}
