import { dialog, type BrowserWindow } from 'electron';
import { CAMPAIGN_EXTENSION } from '../services/campaign/campaign-file';
import { campaignPathFromDialog } from './campaign-path-from-dialog';

const CAMPAIGN_FILTER = { name: 'Undersigned campaign', extensions: [CAMPAIGN_EXTENSION.slice(1)] };

export async function showNewCampaignDialog(window: BrowserWindow | undefined, suggestedFileName: string): Promise<string | null> {
  const options = { title: 'Save the new campaign', defaultPath: suggestedFileName, filters: [CAMPAIGN_FILTER], properties: ['createDirectory' as const] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : campaignPathFromDialog(result.filePath);
}

export async function showOpenCampaignDialog(window: BrowserWindow | undefined): Promise<string | null> {
  const options = { title: 'Open a campaign', filters: [CAMPAIGN_FILTER], properties: ['openFile' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showExportFolderDialog(window: BrowserWindow | undefined, suggestedPath: string): Promise<string | null> {
  const options = {
    title: 'Export the letters into…',
    defaultPath: suggestedPath,
    buttonLabel: 'Export here',
    properties: ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
