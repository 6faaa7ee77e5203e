import { useState } from 'react';
import type { CampaignState } from '../../../shared/model/campaign';
import { api } from '../../api/client';
import { readFileBase64 } from '../../editor/read-file-base64';
import { rememberDocxImportReport } from './docx-import-report';

/** "Start from a Word letter": a new campaign whose letter is an imported .docx. */
export function StartFromDocx({
  title,
  onOpened,
  onError,
}: {
  title: string;
  onOpened(campaign: CampaignState): void;
  onError(message: string): void;
}) {
  const [busy, setBusy] = useState(false);

  async function start(file: File) {
    setBusy(true);
    try {
      const campaignTitle = title.trim() || file.name.replace(/\.docx$/i, '');
      const { campaign, notKept } = await api['campaign.createFromDocx']({
        title: campaignTitle,
        fileName: file.name,
        base64: await readFileBase64(file),
      });
      if (!campaign) return;
      rememberDocxImportReport(campaign.campaignId, { fileName: file.name, notKept, keptAs: null });
      onOpened(campaign);
    } catch (error) {
      onError((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <p className="start-from-docx">
      Or start from a letter written in Word:{' '}
      <label className="file-link">
        {busy ? 'Importing…' : 'Import a .docx…'}
        <input
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void start(file);
          }}
        />
      </label>
    </p>
  );
}
