import { useState } from 'react';
import type { CheckReport } from '../../../shared/merge/check-report';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';

/** The recipient column a merge field reads, or null for a field no recipient holds (date, place). */
function recipientColumnOf(field: string): string | null {
  if (field === 'recipient.address') return 'addressLines';
  if (field.startsWith('recipient.extra.')) return `extra.${field.slice('recipient.extra.'.length)}`;
  if (field.startsWith('recipient.')) return field.slice('recipient.'.length);
  return null;
}

/** One missing field across letters, with a value to fill into every recipient that lacks it. */
export function FillMissingField({
  field,
  label,
  entries,
  onFilled,
}: {
  field: string;
  label: string;
  entries: CheckReport['unresolved'];
  onFilled(): void;
}) {
  const { campaign, notify } = useCampaign();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const column = recipientColumnOf(field);
  const recipientIds = entries.filter((entry) => entry.fields.includes(field)).map((entry) => entry.recipientId);
  if (!column || recipientIds.length === 0) return null;
  return (
    <form
      className="fill-missing"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        api['recipients.fill']({ campaignId: campaign.campaignId, recipientIds, field: column, value }).then(
          ({ updated }) => {
            notify(`${label} filled in for ${updated} recipient${updated === 1 ? '' : 's'}.`);
            setBusy(false);
            setValue('');
            onFilled();
          },
          (reason: Error) => {
            notify(reason.message);
            setBusy(false);
          },
        );
      }}
    >
      <label>
        {label} is missing for {recipientIds.length} recipient{recipientIds.length === 1 ? '' : 's'}: fill with
        <input value={value} onChange={(event) => setValue(event.target.value)} aria-label={`${label} for the recipients without one`} />
      </label>
      <button type="submit" disabled={busy || value.trim() === ''}>
        Fill {recipientIds.length}
      </button>
    </form>
  );
}
