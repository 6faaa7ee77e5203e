import { basename } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { getMeta } from '../../main/services/campaign/letters';
import { runExportJob } from '../../main/services/export/run-export-job';
import { DEFAULT_NAME_PATTERN } from '../../shared/merge/export-request';
import type { CheckReport } from '../../shared/merge/check-report';
import { isUserError } from '../../shared/model/user-error';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, UsageError, type Command } from '../command';
import { EXPORT_OPTIONS, parseExportOptions } from '../parse-export-options';
import { withCancellableCampaign } from '../with-cancellable-campaign';
import { reportExportFailures } from '../report-export-failures';

export const exportCommand: Command = {
  name: 'export',
  usage:
    'undersigned export <campaign> --format pdf|docx|both --out <dir> [--per-recipient] [--combined] [--name "<pattern>"] [--force] [--overwrite] [--json]',
  summary: `Write one letter per included recipient and/or one combined file (default name pattern "${DEFAULT_NAME_PATTERN}"); exit 1 listing unresolved fields unless --force, and when any file could not be written. A file already in the folder is never replaced (the letter gets "Name (2)") unless --overwrite.`,
  options: {
    ...EXPORT_OPTIONS,
    'per-recipient': { type: 'boolean' },
    combined: { type: 'boolean' },
    name: { type: 'string' },
    force: { type: 'boolean' },
    overwrite: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    const { format, folder } = parseExportOptions(values);
    const namePattern = typeof values.name === 'string' ? values.name : DEFAULT_NAME_PATTERN;
    if (namePattern.trim() === '') throw new UsageError('--name needs a pattern, e.g. "{recipient.organization} - {date}"');
    const combined = values.combined === true;
    const perRecipient = values['per-recipient'] === true || !combined;

    const cancelling = 'Cancelling: the letters being written will finish, no more will start.';
    return withCancellableCampaign(path, io, cancelling, async (campaign, signal) => {
      try {
        const summary = await runExportJob({
          db: campaign.db,
          folder,
          campaignName: getMeta(campaign.db, 'title') ?? basename(path, CAMPAIGN_EXTENSION),
          request: { format, perRecipient, combined, namePattern, force: values.force === true, overwrite: values.overwrite === true },
          signal,
          // A terminal sees the count move; scripts and --json get only the result.
          onProgress:
            process.stderr.isTTY && !values.json
              ? (progress) => {
                  if (progress.state === 'running' && progress.total > 0) io.stderr(`\r${progress.done} of ${progress.total} letters`);
                  else if (progress.state !== 'running') io.stderr('\r\x1b[K');
                }
              : undefined,
        });
        if (values.json)
          printJson(io, {
            files: summary.files,
            recipients: summary.recipients,
            warnings: summary.warnings,
            ...(summary.failures.length > 0 ? { failed: summary.failures } : {}),
            ...(summary.cancelled ? { cancelled: true } : {}),
          });
        else {
          io.stdout(
            `${summary.cancelled ? 'Cancelled after writing' : 'Wrote'} ${summary.files.length} file${summary.files.length === 1 ? '' : 's'} for ${summary.recipients} recipient${summary.recipients === 1 ? '' : 's'} in ${summary.folder}\n`,
          );
          for (const warning of summary.warnings) if (!/^(Not written: |This export was not recorded)/.test(warning)) io.stdout(`  ${warning}\n`);
        }
        const failed = reportExportFailures(io, 'export', summary);
        return summary.cancelled || failed ? 1 : 0;
      } catch (error) {
        if (isUserError(error) && error.code === 'unresolved-fields') {
          const unresolved = (error.details?.unresolved ?? []) as CheckReport['unresolved'];
          if (values.json) {
            const recipients = (campaign.db.prepare('SELECT count(*) AS n FROM recipients WHERE included = 1').get() as { n: number }).n;
            printJson(io, {
              files: [],
              recipients,
              warnings: [],
              unresolved: unresolved.map(({ recipient, fields }) => ({ recipient, fields })),
            });
          }
          io.stderr(`undersigned export: nothing written. ${error.message}\n(use --force to export anyway)\n`);
          return 1;
        }
        throw error;
      }
    });
  },
};
