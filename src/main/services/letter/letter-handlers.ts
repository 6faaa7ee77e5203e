import type { AppContext, Handlers } from '../app-context';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';
import { DEFAULT_PAGE_SETTINGS } from '../../../shared/model/page-settings';
import { CAMPAIGN_EXTENSION } from '../campaign/campaign-file';
import { createCampaignFromTemplate } from '../campaign/create-campaign';
import { getLetter, saveLetter } from '../campaign/letters';
import { getVersion, listVersions, restoreVersion, saveVersion } from '../campaign/versions';
import { addLogoAsset, getAsset } from '../assets/letter-assets';
import { importDocx } from '../docx-import/import-docx';
import { saveUserTemplate } from '../templates/save-user-template';

type LetterCallName =
  | 'letter.get'
  | 'letter.save'
  | 'versions.list'
  | 'versions.save'
  | 'versions.get'
  | 'versions.restore'
  | 'templates.saveUser'
  | 'letter.importDocx'
  | 'campaign.createFromDocx'
  | 'assets.addLogo'
  | 'assets.get';

/** Handlers for the letter and the editor's calls (src/shared/contract/letters.ts). */
export function createLetterHandlers(context: AppContext): Pick<Handlers, LetterCallName> {
  const { campaigns, host, recent } = context;
  const userDataDir = host.userDataDir;
  return {
    'letter.get': ({ campaignId }) => getLetter(campaigns.get(campaignId).db),
    'letter.save': ({ campaignId, doc, settings, title }) => {
      const { db } = campaigns.get(campaignId);
      const savedAt = db.transaction(() => saveLetter(db, { doc, settings, title }))();
      return { savedAt };
    },
    'versions.list': ({ campaignId }) => listVersions(campaigns.get(campaignId).db),
    'versions.save': ({ campaignId, name }) => saveVersion(campaigns.get(campaignId).db, name),
    'versions.get': ({ campaignId, versionId }) => getVersion(campaigns.get(campaignId).db, versionId),
    'versions.restore': ({ campaignId, versionId }) => {
      const { restored, keptAs } = restoreVersion(campaigns.get(campaignId).db, versionId);
      return { restored: { id: restored.id, name: restored.name, createdAt: restored.createdAt }, keptAs };
    },
    'templates.saveUser': ({ campaignId, name, description }) => {
      const letter = getLetter(campaigns.get(campaignId).db);
      return saveUserTemplate(userDataDir, { name, description, title: letter.title, doc: letter.doc, settings: letter.settings });
    },
    'letter.importDocx': async ({ campaignId, fileName, base64 }) => {
      const { db } = campaigns.get(campaignId);
      const imported = await importDocx(Buffer.from(base64, 'base64'), fileName);
      const keptAs = db.transaction(() => {
        const kept = saveVersion(db, `Before importing “${fileName}”`);
        saveLetter(db, { doc: imported.doc, settings: getLetter(db).settings });
        return kept;
      })();
      return { doc: imported.doc, notKept: imported.notKept, keptAs };
    },
    'campaign.createFromDocx': async ({ title, fileName, base64 }) => {
      const imported = await importDocx(Buffer.from(base64, 'base64'), fileName);
      const path = await host.chooseNewCampaignPath(`${sanitizeFileName(title, 'campaign')}${CAMPAIGN_EXTENSION}`);
      if (!path) return { campaign: null, notKept: imported.notKept };
      const template = {
        id: 'docx-import',
        name: fileName,
        kind: 'user',
        description: `Imported from “${fileName}”.`,
        title,
        doc: imported.doc,
        settings: DEFAULT_PAGE_SETTINGS,
      };
      const campaignId = campaigns.add(createCampaignFromTemplate(path, template, title));
      recent.remember(path);
      const campaign = campaigns.state(campaignId);
      host.campaignOpened?.(campaign.name);
      return { campaign, notKept: imported.notKept };
    },
    'assets.addLogo': ({ campaignId, fileName, base64 }) =>
      addLogoAsset(campaigns.get(campaignId).db, fileName, Buffer.from(base64, 'base64')),
    'assets.get': ({ campaignId, assetId }) => {
      const asset = getAsset(campaigns.get(campaignId).db, assetId);
      return { name: asset.name, mime: asset.mime, base64: asset.bytes.toString('base64') };
    },
  };
}
