import { basename, extname } from 'node:path';
import type { Handlers } from '../app-context';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';
import type { OpenCampaigns } from '../campaign/open-campaigns';
import type { SpreadsheetBytes } from '../spreadsheet/read-spreadsheet';
import { addSignatory } from './add-signatory';
import { exportSignatories } from './export-signatories';
import { fixSignatoryCountry } from './fix-signatory-country';
import { importSignatories } from './import-signatories';
import { listSignatories } from './list-signatories';
import { listSuggestionsForReview } from './list-suggestions-for-review';
import { deleteSignatories } from './delete-signatories';
import { restoreSignatories } from './restore-signatories';
import { setSignatoryStatus } from './set-signatory-status';
import { updateSignatory } from './update-signatory';
import { previewSignatoryImport } from './preview-signatory-import';
import { resolveSignatorySuggestion } from './resolve-signatory-suggestion';

type SignatoryCall =
  | 'signatories.list'
  | 'signatories.add'
  | 'signatories.previewImport'
  | 'signatories.import'
  | 'signatories.update'
  | 'signatories.setStatus'
  | 'signatories.delete'
  | 'signatories.restore'
  | 'signatories.suggestions'
  | 'signatories.resolveSuggestion'
  | 'signatories.fixCountry'
  | 'signatories.export';

/** A file sent by the renderer: its bytes and a bare name (any folder part it carried is dropped). */
function uploaded(file: { fileName: string; base64: string }): SpreadsheetBytes {
  return { fileName: basename(file.fileName.replace(/\\/g, '/')), bytes: new Uint8Array(Buffer.from(file.base64, 'base64')) };
}

/** The `signatories.*` calls of the handler table. */
export function createSignatoryHandlers(campaigns: OpenCampaigns): Pick<Handlers, SignatoryCall> {
  return {
    'signatories.list': ({ campaignId }) => listSignatories(campaigns.get(campaignId).db),
    'signatories.previewImport': ({ file, sheet, mapping, firstRowIsHeader }) => previewSignatoryImport({ source: uploaded(file), sheet, mapping, firstRowIsHeader }),
    'signatories.import': async ({ campaignId, file, sheet, mapping, firstRowIsHeader, splitNameCountry }) => {
      const { db } = campaigns.get(campaignId);
      const summary = await importSignatories(db, { source: uploaded(file), sheet, mapping, firstRowIsHeader, splitNameCountry });
      const { fileName, added, merged, suggested, split, alreadyImported, errors, conflicts, nowDeclined, yesAfterNo, statuses, notes } = summary;
      return { fileName, added, merged, suggested, split, alreadyImported, errors, conflicts, nowDeclined, yesAfterNo, statuses, notes };
    },
    'signatories.add': ({ campaignId, name, country, status }) => addSignatory(campaigns.get(campaignId).db, { name, country, status }),
    'signatories.update': ({ campaignId, id, change }) => updateSignatory(campaigns.get(campaignId).db, id, change),
    'signatories.setStatus': ({ campaignId, ids, status, reason, date }) => ({
      updated: setSignatoryStatus(campaigns.get(campaignId).db, ids, status, { reason, date }),
    }),
    'signatories.delete': ({ campaignId, ids }) => deleteSignatories(campaigns.get(campaignId).db, ids),
    'signatories.restore': ({ campaignId, undoToken }) => restoreSignatories(campaigns.get(campaignId).db, undoToken),
    'signatories.suggestions': ({ campaignId }) => listSuggestionsForReview(campaigns.get(campaignId).db),
    'signatories.resolveSuggestion': ({ campaignId, resolution }) => resolveSignatorySuggestion(campaigns.get(campaignId).db, resolution),
    'signatories.fixCountry': ({ campaignId, country, countryCode }) => fixSignatoryCountry(campaigns.get(campaignId).db, country, countryCode),
    'signatories.export': async ({ campaignId, format, statuses }) => {
      const file = campaigns.get(campaignId);
      const bytes = await exportSignatories(file.db, format, statuses);
      const campaignName = sanitizeFileName(basename(file.path, extname(file.path)), 'campaign');
      return {
        fileName: `${campaignName} signatories.${format}`,
        mimeType: format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.from(bytes).toString('base64'),
      };
    },
  };
}
