import { useEffect, useRef, useState } from 'react';
import type { CampaignState } from '../../../shared/model/campaign';
import { api } from '../../api/client';

/** The campaign's name in the sidebar, with a small form to rename it (the file keeps its name on disk). */
export function CampaignName({
  campaign,
  onRenamed,
  notify,
}: {
  campaign: CampaignState;
  onRenamed(state: CampaignState): void;
  notify(message: string): void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(campaign.name);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // The Rename button is drawn anew when the form closes, so focus goes back to it by hand.
  useEffect(() => {
    if (!editing && wasEditing.current) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (!editing) {
    return (
      <div className="campaign-name-row">
        <span className="campaign-name">{campaign.name}</span>
        <button
          type="button"
          ref={renameButton}
          className="link-button"
          aria-label="Rename this campaign"
          onClick={() => {
            setName(campaign.name);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </div>
    );
  }
  return (
    <form
      className="campaign-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '' || name.trim() === campaign.name) return setEditing(false);
        api['campaign.rename']({ campaignId: campaign.campaignId, name }).then(
          (renamed) => {
            onRenamed(renamed);
            setEditing(false);
            notify(`Renamed to “${renamed.name}”.`);
          },
          (reason: Error) => notify(reason.message),
        );
      }}
    >
      <input
        aria-label="Campaign name"
        autoFocus
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setEditing(false)}
      />
      <button type="submit">Save</button>
    </form>
  );
}
