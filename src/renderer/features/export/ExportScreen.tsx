import { useCallback, useEffect, useState } from 'react';
import type { CheckReport } from '../../../shared/merge/check-report';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { CheckPanel } from '../check/CheckPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { ExportPanel } from './ExportPanel';
import { AddendumPanel } from './AddendumPanel';
import { DeliveryHistory } from './DeliveryHistory';
import { SendPanel } from './SendPanel';
import type { AddendumStatus } from '../../../shared/contract/addendum';
import { formatLetterDate } from '../../../shared/merge/format-letter-date';
import { useAddressTab } from '../shell/use-address-tab';
import './export.css';

const TABS = [
  { id: 'check', label: 'Check' },
  { id: 'preview', label: 'Preview' },
  { id: 'export', label: 'Export' },
  { id: 'addendum', label: 'Addendum' },
  { id: 'send', label: 'Send by e-mail' },
  { id: 'history', label: 'History' },
] as const;
type TabId = (typeof TABS)[number]['id'];
const TAB_IDS = TABS.map((entry) => entry.id);

/** Check, preview and export: the report of missing fields, the exact PDF per recipient, and the export job. */
export function ExportScreen() {
  const { campaign } = useCampaign();
  const campaignId = campaign.campaignId;
  const [tab, setTab] = useAddressTab<TabId>('export', TAB_IDS, 'check');
  const [report, setReport] = useState<CheckReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [addendum, setAddendum] = useState<AddendumStatus | null>(null);
  const [includeWithdrawn, setIncludeWithdrawn] = useState(false);
  const [deliveriesSeen, setDeliveriesSeen] = useState(0);

  const check = useCallback(() => {
    setChecking(true);
    api['campaign.check']({ campaignId }).then(
      (next) => {
        setReport(next);
        setError(null);
        setChecking(false);
      },
      (reason: Error) => {
        setError(reason.message);
        setChecking(false);
      },
    );
  }, [campaignId]);

  useEffect(() => {
    api['campaign.check']({ campaignId }).then(setReport, (reason: Error) => setError(reason.message));
  }, [campaignId, campaign.letter.updatedAt]);

  useEffect(() => {
    api['addendum.status']({ campaignId, includeWithdrawn }).then(setAddendum, (reason: Error) => setError(reason.message));
  }, [campaignId, includeWithdrawn, deliveriesSeen, campaign.letter.updatedAt]);
  const delivered = () => setDeliveriesSeen((count) => count + 1);
  const language = campaign.letter.settings.language;

  return (
    <section className="screen export-screen" aria-labelledby="export-title">
      <h1 id="export-title">Check, preview and export</h1>
      <div role="tablist" aria-label="Export steps" className="export-tabs">
        {TABS.map((entry) => (
          <button
            key={entry.id}
            type="button"
            role="tab"
            id={`tab-${entry.id}`}
            aria-selected={tab === entry.id}
            aria-controls={`panel-${entry.id}`}
            onClick={() => setTab(entry.id)}
          >
            {entry.label}
            {entry.id === 'check' && report && report.unresolved.length > 0 && (
              <span className="tab-badge">{report.unresolved.length}</span>
            )}
          </button>
        ))}
      </div>
      {addendum && addendum.joined.length > 0 && tab !== 'addendum' && (
        <div role="status" className="addendum-banner">
          {addendum.joined.length} organisation{addendum.joined.length === 1 ? '' : 's'} joined since the letters
          {addendum.lettersDate ? ` of ${formatLetterDate(addendum.lettersDate, language)}` : ''}.{' '}
          <button type="button" onClick={() => setTab('addendum')}>
            Preview
          </button>{' '}
          <button type="button" onClick={() => setTab('addendum')}>
            Export addendum
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="export-tab-panel">
        {tab === 'check' && <CheckPanel report={report} onRecheck={check} checking={checking} />}
        {tab === 'preview' && <PreviewPanel />}
        {tab === 'export' && (
          <ExportPanel
            unresolvedCount={report?.unresolved.length ?? 0}
            onUnresolved={() => {
              check();
              setTab('check');
            }}
          />
        )}
        {tab === 'addendum' && (
          <AddendumPanel
            status={addendum}
            includeWithdrawn={includeWithdrawn}
            onIncludeWithdrawn={setIncludeWithdrawn}
            onExported={delivered}
          />
        )}
        {tab === 'send' && <SendPanel unresolvedCount={report?.unresolved.length ?? 0} onSent={delivered} />}
        {tab === 'history' && <DeliveryHistory key={deliveriesSeen} />}
      </div>
    </section>
  );
}
