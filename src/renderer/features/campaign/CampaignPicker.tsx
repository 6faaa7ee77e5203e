import { useEffect, useState } from 'react';
import type { CampaignEntry, CampaignState } from '../../../shared/model/campaign';
import type { TemplateSummary } from '../../../shared/model/letter';
import { api, isElectron } from '../../api/client';
import { formatMoment } from '../shell/format-moment';
import { StartFromDocx } from '../letter/StartFromDocx';
import { campaignClosing } from './campaign-closing';

interface CampaignPickerProps {
  mainId: string;
  onOpened(campaign: CampaignState): void;
}

/** The start screen: a new campaign from a template, or an existing one. */
export function CampaignPicker({ mainId, onOpened }: CampaignPickerProps) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [entries, setEntries] = useState<CampaignEntry[]>([]);
  const [chosenTemplate, setChosenTemplate] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api['templates.list']({}), api['campaigns.list']({})]).then(
      ([templateList, entryList]) => {
        setTemplates(templateList);
        setEntries(entryList);
      },
      (reason: Error) => setError(reason.message),
    );
  }, []);

  async function run(action: () => Promise<CampaignState | null>) {
    setBusy(true);
    setError(null);
    try {
      await campaignClosing.settled();
      const campaign = await action();
      if (campaign) onOpened(campaign);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const template = templates.find((candidate) => candidate.id === chosenTemplate);

  return (
    <main className="picker" id={mainId}>
      <header className="picker-header">
        <h1>Undersigned</h1>
        <p>Draft a coalition letter, collect its signatories, and send one polished letter to each recipient.</p>
      </header>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <div className="picker-columns">
        <section aria-labelledby="new-heading" className="picker-section">
          <h2 id="new-heading">New campaign from a template</h2>
          <ul className="template-gallery">
            {templates.map((candidate) => (
              <li key={candidate.id}>
                <button
                  type="button"
                  className={candidate.id === chosenTemplate ? 'template-card selected' : 'template-card'}
                  aria-pressed={candidate.id === chosenTemplate}
                  data-template-id={candidate.id}
                  onClick={() => {
                    setChosenTemplate(candidate.id);
                    setTitle((current) => current || candidate.name);
                  }}
                >
                  <strong>{candidate.name}</strong>
                  <span>{candidate.description}</span>
                </button>
              </li>
            ))}
          </ul>
          <form
            className="new-campaign-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!template) return;
              void run(() => api['campaign.create']({ templateId: template.id, title: title.trim() || template.name }));
            }}
          >
            <label>
              Campaign title
              <input
                value={title}
                onChange={(event) => setTitle(event.target.value)}
                placeholder="e.g. Letter to regional organizations, March"
                maxLength={200}
              />
            </label>
            <button type="submit" className="primary" disabled={!template || busy}>
              Create campaign
            </button>
          </form>
          <StartFromDocx title={title} onOpened={onOpened} onError={setError} />
        </section>
        <section aria-labelledby="recent-heading" className="picker-section">
          <h2 id="recent-heading">Open a campaign</h2>
          {entries.length === 0 ? (
            <p className="muted">No campaigns yet. Create one from a template.</p>
          ) : (
            <ul className="recent-list" aria-label="Recent campaigns">
              {entries.map((entry) => (
                <li key={entry.entryId}>
                  <button type="button" onClick={() => void run(() => api['campaign.open']({ entryId: entry.entryId }))} disabled={busy}>
                    <strong>{entry.name}</strong>
                    <span className="muted">{entry.lastOpenedAt ? `Opened ${formatMoment(entry.lastOpenedAt)}` : entry.location}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {isElectron && (
            <button type="button" onClick={() => void run(() => api['campaign.open']({}))} disabled={busy}>
              Open another campaign file…
            </button>
          )}
        </section>
      </div>
    </main>
  );
}
