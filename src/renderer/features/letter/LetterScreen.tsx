import { useCampaign } from '../campaign/campaign-context';

/** The letter as stored; the editor replaces this view. */
export function LetterScreen() {
  const { campaign } = useCampaign();
  return (
    <section className="screen" aria-label="Letter">
      <h1>{campaign.letter.title}</h1>
      <p className="muted">The letter editor is not available in this build yet.</p>
    </section>
  );
}
