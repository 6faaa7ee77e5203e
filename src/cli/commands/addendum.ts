import { basename } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { getMeta } from '../../main/services/campaign/letters';
import { runExportJob } from '../../main/services/export/run-export-job';
import { DEFAULT_NAME_PATTERN } from '../../shared/merge/export-request';
import { isUserError } from '../../shared/model/user-error';
import { reportExportFailures } from '../report-export-failures';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, type Command } from '../command';
import { EXPORT_OPTIONS, parseExportOptions } from '../parse-export-options';
import { withCancellableCampaign } from '../with-cancellable-campaign';

export const addendumCommand: Command = {
  name: 'addendum',
  usage: 'undersigned addendum <campaign> --out <dir> --format pdf|docx|both [--include-withdrawn] [--json]',
  summary:
    'Write one addendum per recipient who received the letter and has something new: the organizations that joined since (and, asked, those that withdrew); exit 1 if nothing was sent yet.',
  options: {
    ...EXPORT_OPTIONS,
    'include-withdrawn': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    const { format, folder } = parseExportOptions(values);
    return withCancellableCampaign(path, io, null, async (campaign, signal) => {
      try {
        const summary = await runExportJob({
          db: campaign.db,
          folder,
          campaignName: getMeta(campaign.db, 'title') ?? basename(path, CAMPAIGN_EXTENSION),
          request: { format, perRecipient: true, combined: false, namePattern: DEFAULT_NAME_PATTERN, force: false },
          addendum: { includeWithdrawn: values['include-withdrawn'] === true },
          signal,
        });
        if (values.json) {
          printJson(io, {
            files: summary.files,
            recipients: summary.recipients,
            added: summary.added ?? [],
            withdrawn: summary.withdrawn ?? [],
            ...(summary.failures.length > 0 ? { failed: summary.failures } : {}),
          });
          for (const warning of summary.warnings) if (/full letter|unknown/.test(warning)) io.stderr(`${warning}\n`);
        } else {
          io.stdout(
            `Wrote ${summary.files.length} addendum file${summary.files.length === 1 ? '' : 's'} for ${summary.recipients} recipient${summary.recipients === 1 ? '' : 's'} in ${summary.folder}\n`,
          );
          for (const warning of summary.warnings) if (!/^(Not written: |This export was not recorded)/.test(warning)) io.stdout(`  ${warning}\n`);
        }
        const failed = reportExportFailures(io, 'addendum', summary);
        return summary.cancelled || failed ? 1 : 0;
      } catch (error) {
        if (isUserError(error) && error.code === 'nothing-new') {
          if (values.json) printJson(io, { files: [], recipients: 0, added: [], withdrawn: [] });
          io.stderr(`undersigned addendum: ${error.message}\n`);
          const { needsLetter = [], unknown = [] } = (error.details ?? {}) as { needsLetter?: string[]; unknown?: string[] };
          if (needsLetter.length > 0) io.stderr(`  Never received the letter (send them the full letter): ${needsLetter.join('; ')}\n`);
          if (unknown.length > 0)
            io.stderr(`  Sent before Undersigned recorded what each recipient received (unknown): ${unknown.join('; ')}\n`);
          return 0;
        }
        throw error;
      }
    });
  },
};
