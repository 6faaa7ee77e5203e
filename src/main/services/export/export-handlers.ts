import { dirname, join } from 'node:path';
import type { AppContext, Handlers } from '../app-context';
import { sanitizeFileName } from '../../../shared/files/sanitize-file-name';
import { UserError } from '../../../shared/model/user-error';
import { checkCampaign } from './check-campaign';
import { ExportJobs } from './export-jobs';
import { namePatternProblem } from './name-pattern-problem';
import { renderPreview } from './render-preview';
import { unresolvedError } from './unresolved-error';
import { getRecipient } from '../recipients/recipient-store';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { prepareAddendumExport } from '../deliveries/prepare-addendum-export';
import { loadMergeInputs } from './load-merge-inputs';
import { scriptWords } from './script-words';

type ExportCall =
  | 'campaign.check'
  | 'preview.render'
  | 'export.start'
  | 'export.progress'
  | 'export.cancel'
  | 'export.openFolder'
  | 'addendum.preview'
  | 'addendum.export';

/** The check, preview and export calls of the handler table. */
export function createExportHandlers(context: AppContext): Pick<Handlers, ExportCall> {
  const { campaigns, host } = context;
  const jobs = new ExportJobs();
  return {
    'campaign.check': ({ campaignId }) => {
      const inputs = loadMergeInputs(campaigns.get(campaignId).db);
      const report = checkCampaign(campaigns.get(campaignId).db, { inputs });
      // Whoever checks is about to export: the workers load their fonts meanwhile, with the faces of names in other scripts.
      const words = scriptWords(inputs.signatories.map((signatory) => signatory.name));
      if (report.recipients > 0) jobs.prepare({ kind: 'warm', words, family: inputs.letter.settings.fontFamily });
      return report;
    },

    'preview.render': async ({ campaignId, recipientId }) => {
      const { pdf, recipient, unresolved, warnings } = await renderPreview(campaigns.get(campaignId).db, recipientId, (ir) =>
        jobs.renderPdf(ir),
      );
      return { pdfBase64: Buffer.from(pdf).toString('base64'), recipient, unresolved, warnings };
    },

    'export.start': async ({ campaignId, request }) => {
      const file = campaigns.get(campaignId);
      const patternProblem = namePatternProblem(request.namePattern);
      if (patternProblem) throw new UserError(patternProblem, { code: 'bad-name-pattern' });
      const report = checkCampaign(file.db);
      if (report.recipients === 0)
        throw new UserError('No recipient is included: choose a recipient list (or include some recipients) before exporting.', {
          code: 'no-recipients',
        });
      if (report.unresolved.length > 0 && !request.force) throw unresolvedError(report.unresolved);
      const name = campaigns.state(campaignId).name;
      const suggested = join(dirname(file.path), `${sanitizeFileName(name, 'campaign')} letters`);
      const folder = host.chooseExportFolder ? await host.chooseExportFolder(suggested) : suggested;
      if (!folder) return { jobId: null, folder: null };
      return { jobId: jobs.start({ db: file.db, folder, request, campaignName: name, folderPerRun: true }), folder };
    },

    'addendum.preview': async ({ campaignId, recipientId, includeWithdrawn }) => {
      const { db } = campaigns.get(campaignId);
      const inputs = loadMergeInputs(db);
      const addenda = prepareAddendumExport(db, inputs, { includeWithdrawn });
      const recipient = getRecipient(db, recipientId);
      if (!addenda.recipientIds.includes(recipientId))
        throw new UserError(`${recipientLabel(recipient)} has nothing new since their letter: no addendum.`, { code: 'nothing-new' });
      const { ir } = addenda.resolve(recipientId, { recipient, signatories: inputs.signatories, date: inputs.date, logo: inputs.logo, force: true });
      return { pdfBase64: Buffer.from(await jobs.renderPdf(ir)).toString('base64'), recipient: recipientLabel(recipient) };
    },

    'addendum.export': async ({ campaignId, request, includeWithdrawn }) => {
      const file = campaigns.get(campaignId);
      const name = campaigns.state(campaignId).name;
      const suggested = join(dirname(file.path), `${sanitizeFileName(name, 'campaign')} addenda`);
      const folder = host.chooseExportFolder ? await host.chooseExportFolder(suggested) : suggested;
      if (!folder) return { jobId: null, folder: null };
      return { jobId: jobs.start({ db: file.db, folder, request, campaignName: name, addendum: { includeWithdrawn }, folderPerRun: true }), folder };
    },

    'export.progress': ({ jobId }) => jobs.progress(jobId),

    'export.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),

    'export.openFolder': async ({ jobId }) => {
      const { folder } = jobs.progress(jobId);
      if (!host.openFolder) return { opened: false, folder };
      await host.openFolder(folder);
      return { opened: true, folder };
    },
  };
}
