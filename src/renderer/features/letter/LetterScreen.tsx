import { useEffect, useState } from 'react';
import type { Letter } from '../../../shared/model/letter';
import { api } from '../../api/client';
import { LetterEditor } from '../../editor/LetterEditor';
import { waitForPendingSaves } from '../../editor/use-autosave';
import { useCampaign } from '../campaign/campaign-context';
import { ScreenPlaceholder } from '../shell/ScreenPlaceholder';

/** The Letter screen: reads the letter as saved, then hands it to the editor. */
export function LetterScreen() {
  const { campaign } = useCampaign();
  const [letter, setLetter] = useState<Letter | null>(null);
  const [error, setError] = useState<string | null>(null);
  const campaignId = campaign.campaignId;

  useEffect(() => {
    let cancelled = false;
    void waitForPendingSaves()
      .then(() => api['letter.get']({ campaignId }))
      .then(
        (loaded) => !cancelled && setLetter(loaded),
        (reason: Error) => !cancelled && setError(reason.message),
      );
    return () => {
      cancelled = true;
    };
  }, [campaignId]);

  if (error || !letter) return <ScreenPlaceholder label="Letter" what="letter" error={error} loadingText="Opening the letter…" />;
  return <LetterEditor key={letter.id} letter={letter} />;
}
