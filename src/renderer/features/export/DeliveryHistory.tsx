import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../shared/contract';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';

/** The export history per recipient: what each received (letter or addendum, how many signatories), when, how. */
export function DeliveryHistory() {
  const { campaign } = useCampaign();
  const [entries, setEntries] = useState<CallOutput<'deliveries.list'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api['deliveries.list']({ campaignId: campaign.campaignId }).then(setEntries, (reason: Error) => setError(reason.message));
  }, [campaign.campaignId]);
  if (error) return <p role="alert" className="error-banner">{error}</p>;
  if (!entries) return <p className="muted">Loading the history…</p>;
  if (entries.length === 0) return <p className="muted">Nothing has been exported or sent since Undersigned began recording what each recipient received.</p>;
  return (
    <table className="delivery-history">
      <thead>
        <tr>
          <th scope="col">Recipient</th>
          <th scope="col">Received</th>
          <th scope="col">When</th>
          <th scope="col">How</th>
          <th scope="col">Files</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={`${entry.deliveredAt}-${index}`}>
            <th scope="row">{entry.recipientLabel}</th>
            <td>
              {entry.kind === 'letter' ? `The letter of ${entry.letterDate}` : 'An addendum'}, {entry.signatoryCount} signator{entry.signatoryCount === 1 ? 'y' : 'ies'}
            </td>
            <td>{new Date(entry.deliveredAt).toLocaleString()}</td>
            <td>{entry.channel === 'email' ? `E-mail to ${entry.address ?? ''}` : 'Export'}</td>
            <td>{entry.files.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
