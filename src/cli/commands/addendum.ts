import { basename, resolve } from 'node:path';
import { openCampaignFile, CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { getMeta } from '../../main/services/campaign/letters';
import { runExportJob } from '../../main/services/export/run-export-job';
import { DEFAULT_NAME_PATTERN, EXPORT_FORMATS, type ExportFormatChoice } from '../../shared/merge/export-request';
import { isUserError } from '../../shared/model/user-error';
import { reportExportFailures } from '../report-export-failures';
import { printJson, UsageError, type Command } from '../command';

export const addendumCommand: Command = {
  name: 'addendum',
  usage: 'undersigned addendum <campaign> --out <dir> --format pdf|docx|both [--include-withdrawn] [--json]',
  summary:
    'Write one addendum per recipient who received the letter and has something new: the organizations that joined since (and, asked, those that withdrew); exit 1 if nothing was sent yet.',
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    'include-withdrawn': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file');
    const format = values.format;
    if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format))
      throw new UsageError('--format must be pdf, docx or both');
    if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError('--out <dir> is required');
    const path = resolve(target);
    const campaign = openCampaignFile(path);
    const controller = new AbortController();
    const onInterrupt = (): void => controller.abort();
    process.once('SIGINT', onInterrupt);
    try {
      const summary = await runExportJob({
        db: campaign.db,
        folder: resolve(values.out),
        campaignName: getMeta(campaign.db, 'title') ?? basename(path, CAMPAIGN_EXTENSION),
        request: { format: format as ExportFormatChoice, perRecipient: true, combined: false, namePattern: DEFAULT_NAME_PATTERN, force: false },
        addendum: { includeWithdrawn: values['include-withdrawn'] === true },
        signal: controller.signal,
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
      }
      else {
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
        if (unknown.length > 0) io.stderr(`  Sent before Undersigned recorded what each recipient received (unknown): ${unknown.join('; ')}\n`);
        return 0;
      }
      throw error;
    } finally {
      process.off('SIGINT', onInterrupt);
      campaign.close();
    }
  },
};
