import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { CampaignState } from '../../../shared/model/campaign';
import { UserError } from '../../../shared/model/user-error';
import { CAMPAIGN_EXTENSION, type CampaignFile } from './campaign-file';
import { getLetter, getMeta } from './letters';

/** The campaigns open in this process, by the opaque id the renderer holds. */
export class OpenCampaigns {
  private readonly byId = new Map<string, CampaignFile>();

  add(file: CampaignFile): string {
    for (const [campaignId, open] of this.byId) {
      if (open.path === file.path) {
        file.close();
        return campaignId;
      }
    }
    const campaignId = randomUUID();
    this.byId.set(campaignId, file);
    return campaignId;
  }

  findByPath(path: string): string | undefined {
    for (const [campaignId, open] of this.byId) if (open.path === path) return campaignId;
    return undefined;
  }

  get(campaignId: string): CampaignFile {
    const file = this.byId.get(campaignId);
    if (!file) throw new UserError('This campaign is no longer open. Open it again from the campaign list.', { code: 'not-open' });
    return file;
  }

  close(campaignId: string): boolean {
    const file = this.byId.get(campaignId);
    if (!file) return false;
    this.byId.delete(campaignId);
    file.close();
    return true;
  }

  closeAll(): void {
    for (const campaignId of [...this.byId.keys()]) this.close(campaignId);
  }

  state(campaignId: string): CampaignState {
    const file = this.get(campaignId);
    const count = (table: string): number => (file.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      campaignId,
      name: getMeta(file.db, 'title') ?? basename(file.path, CAMPAIGN_EXTENSION),
      fileName: basename(file.path),
      letter: getLetter(file.db),
      counts: { signatories: count('signatories'), recipients: count('recipients') },
    };
  }
}
