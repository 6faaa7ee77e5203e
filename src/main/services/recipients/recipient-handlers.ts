import type { Handlers } from '../app-context';
import type { OpenCampaigns } from '../campaign/open-campaigns';
import { addPresetRecipients } from './add-preset-recipients';
import { importRecipients } from './import-recipients';
import { previewRecipientImport } from './preview-recipient-import';
import { RECIPIENT_PRESETS, RECIPIENT_PRESET_IDS } from './recipient-presets';
import {
  fillRecipientField,
  listRecipientLists,
  listRecipients,
  removeRecipientList,
  setRecipientsIncluded,
  updateRecipient,
} from './recipient-store';

type RecipientCall =
  | 'recipients.list'
  | 'recipients.import'
  | 'recipients.previewImport'
  | 'recipients.addPreset'
  | 'recipients.update'
  | 'recipients.setIncluded'
  | 'recipients.fill'
  | 'recipients.removeList';

/** The `recipients.*` calls of the handler table. */
export function createRecipientHandlers(campaigns: OpenCampaigns): Pick<Handlers, RecipientCall> {
  return {
    'recipients.list': ({ campaignId }) => {
      const { db } = campaigns.get(campaignId);
      return {
        lists: listRecipientLists(db),
        recipients: listRecipients(db),
        presets: RECIPIENT_PRESET_IDS.map((id) => ({
          id,
          label: RECIPIENT_PRESETS[id].label,
          description: RECIPIENT_PRESETS[id].description,
        })),
      };
    },
    'recipients.addPreset': ({ campaignId, presetId }) => addPresetRecipients(campaigns.get(campaignId).db, presetId),
    'recipients.update': ({ campaignId, recipientId, change }) => updateRecipient(campaigns.get(campaignId).db, recipientId, change),
    'recipients.setIncluded': ({ campaignId, recipientIds, included }) => ({
      updated: setRecipientsIncluded(campaigns.get(campaignId).db, recipientIds, included),
    }),
    'recipients.fill': ({ campaignId, recipientIds, field, value }) => ({
      updated: fillRecipientField(campaigns.get(campaignId).db, recipientIds, field, value),
    }),
    'recipients.previewImport': ({ fileName, bytesBase64, sheet, mapping, firstRowIsHeader, overrides }) =>
      previewRecipientImport({
        source: { fileName, bytes: new Uint8Array(Buffer.from(bytesBase64, 'base64')) },
        sheet,
        mapping,
        firstRowIsHeader,
        overrides,
      }),
    'recipients.import': async ({ campaignId, fileName, bytesBase64, sheet, mapping, firstRowIsHeader, overrides }) => {
      const summary = await importRecipients(campaigns.get(campaignId).db, {
        source: { fileName, bytes: new Uint8Array(Buffer.from(bytesBase64, 'base64')) },
        sheet,
        mapping,
        firstRowIsHeader,
        overrides,
      });
      return {
        fileName,
        listId: summary.listId,
        added: summary.added,
        unresolvedCountries: summary.unresolvedCountries,
        errors: summary.errors,
        mapping: summary.mapping.map(({ header, field }) => ({ header, field })),
      };
    },
    'recipients.removeList': ({ campaignId, listId }) => ({ removed: removeRecipientList(campaigns.get(campaignId).db, listId) }),
  };
}
