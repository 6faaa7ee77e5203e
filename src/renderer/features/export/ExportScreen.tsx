import { useCallback, useEffect, useState } from 'react';
import type { CheckReport } from '../../../shared/merge/check-report';
import { api } from '../../api/client';
import { useCampaign } from '../campaign/campaign-context';
import { CheckPanel } from '../check/CheckPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { ExportPanel } from './ExportPanel';
import './export.css';

const TABS = [
  { id: 'check', label: 'Check' },
  { id: 'preview', label: 'Preview' },
  { id: 'export', label: 'Export' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Check, preview and export: the report of missing fields, the exact PDF per recipient, and the export job. */
export function ExportScreen() {
  const { campaign } = useCampaign();
  const campaignId = campaign.campaignId;
  const [tab, setTab] = useState<TabId>('check');
  const [report, setReport] = useState<CheckReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      </div>
    </section>
  );
}
