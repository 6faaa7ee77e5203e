import { openCampaignFile } from '../../main/services/campaign/campaign-file';
import { checkCampaign } from '../../main/services/export/check-campaign';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, type Command } from '../command';

export const checkCommand: Command = {
  name: 'check',
  usage: 'undersigned check <campaign> [--json]',
  summary:
    'List, per recipient, the merge fields with no value, and the campaign’s doubtful signatories; exit 1 when a field is unresolved.',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    const campaign = openCampaignFile(path, { allowReadOnly: true });
    try {
      const report = checkCampaign(campaign.db);
      if (values.json) {
        printJson(io, { ...report, unresolved: report.unresolved.map(({ recipient, fields }) => ({ recipient, fields })) });
      } else {
        io.stdout(`${report.recipients} recipient${report.recipients === 1 ? '' : 's'}.\n`);
        for (const entry of report.unresolved)
          io.stdout(`  ${entry.recipient}: no value for ${entry.labels.join(', ')} (${entry.fields.join(', ')})\n`);
        for (const signatory of report.unresolvedCountries)
          io.stdout(`  Signatory "${signatory.name}": the country "${signatory.country}" is not recognised.\n`);
        if (report.pendingSuggestions > 0)
          io.stdout(`  ${report.pendingSuggestions} suggested duplicate${report.pendingSuggestions === 1 ? '' : 's'} to review.\n`);
        for (const signer of report.unnamedSigners) io.stdout(`  The signature block has no name for ${signer}.\n`);
        for (const entry of report.unprintable)
          io.stdout(`  ${entry.where}: these characters are not in the letter’s fonts and would print as boxes: ${entry.characters}\n`);
        for (const warning of report.warnings) io.stdout(`  ${warning}\n`);
        if (report.unresolved.length === 0) io.stdout('Every merge field has a value.\n');
      }
      return report.unresolved.length > 0 ? 1 : 0;
    } finally {
      campaign.close();
    }
  },
};
