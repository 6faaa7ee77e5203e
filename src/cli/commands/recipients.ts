import { resolve } from 'node:path';
import { openCampaignFile } from '../../main/services/campaign/campaign-file';
import { addPresetRecipients } from '../../main/services/recipients/add-preset-recipients';
import { importRecipients } from '../../main/services/recipients/import-recipients';
import { RECIPIENT_PRESET_IDS } from '../../main/services/recipients/recipient-presets';
import { listRecipients } from '../../main/services/recipients/recipient-store';
import { recipientLabel } from '../../shared/merge/recipient-label';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, UsageError, type Command } from '../command';
import type { ImportArguments } from './import';

/** `--map "Header=field"` (or `Header=` to keep a column as an extra field) as header -> field. */
function parseMapOptions(values: unknown): Record<string, string | null> {
  const overrides: Record<string, string | null> = {};
  for (const entry of Array.isArray(values) ? values : []) {
    const text = String(entry);
    const equals = text.lastIndexOf('=');
    if (equals <= 0) throw new UsageError(`--map "${text}": write it as Header=field`);
    overrides[text.slice(0, equals).trim()] = text.slice(equals + 1).trim() || null;
  }
  return overrides;
}

/** `undersigned import <campaign> recipients <file>`: the recipients entry of the import command. */
export async function importRecipientFile({ campaign, file, overrides, sheet, firstRowIsHeader, json, io }: ImportArguments): Promise<number> {
  const summary = await importRecipients(campaign.db, { source: file, overrides, sheet, firstRowIsHeader, audience: 'cli' });
  for (const error of summary.errors) io.stderr(`${summary.fileName}: ${error.message}\n`);
  if (json) {
    printJson(io, {
      added: summary.added,
      merged: 0,
      suggested: 0,
      split: 0,
      errors: summary.errors.map(({ row, message }) => ({ row, message })),
      unresolvedCountries: summary.unresolvedCountries,
      notes: summary.notes,
    });
  } else {
    io.stdout(
      `${summary.fileName}: ${summary.added} recipients added as a new list${summary.errors.length ? `, ${summary.errors.length} rows not imported` : ''}.\n`,
    );
    for (const country of summary.unresolvedCountries) io.stdout(`  the country "${country}" is not recognised; it is kept as written\n`);
    for (const note of summary.notes) io.stdout(`  ${note}\n`);
  }
  return summary.added === 0 && summary.errors.length > 0 ? 1 : 0;
}

export const recipientsCommand: Command = {
  name: 'recipients',
  usage: `undersigned recipients <campaign> [--preset ${RECIPIENT_PRESET_IDS.join('|')}] [--import <file.csv|.xlsx|.ods> [--map Header=field]...] [--json]`,
  summary:
    'Add a bundled recipient set (again replaces it) or import a spreadsheet as a recipient list; without either, list the recipients.',
  options: { preset: { type: 'string' }, import: { type: 'string' }, map: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    if (values.preset !== undefined && typeof values.preset !== 'string') throw new UsageError('--preset needs a set name');
    const campaign = openCampaignFile(path);
    try {
      if (typeof values.preset === 'string') {
        if (!(RECIPIENT_PRESET_IDS as readonly string[]).includes(values.preset))
          throw new UsageError(`unknown preset "${values.preset}"; choose ${RECIPIENT_PRESET_IDS.join(', ')}`);
        const added = addPresetRecipients(campaign.db, values.preset);
        if (values.json) printJson(io, { list: added.name, added: added.added, replaced: added.replaced });
        else
          io.stdout(
            `Added ${added.added} recipients from "${added.name}"${added.replaced ? ` (replacing the earlier ${added.replaced})` : ''}.\n`,
          );
        return 0;
      }
      if (typeof values.import === 'string') {
        const summary = await importRecipients(campaign.db, { source: resolve(values.import), overrides: parseMapOptions(values.map), audience: 'cli' });
        if (values.json) printJson(io, { added: summary.added, errors: summary.errors, unresolvedCountries: summary.unresolvedCountries });
        else {
          io.stdout(`Imported ${summary.added} recipients from "${summary.fileName}".\n`);
          for (const error of summary.errors) io.stdout(`  ${error.message}\n`);
          for (const country of summary.unresolvedCountries)
            io.stdout(`  The country "${country}" is not recognised; it is kept as written.\n`);
        }
        return summary.errors.length > 0 && summary.added === 0 ? 1 : 0;
      }
      const recipients = listRecipients(campaign.db);
      if (values.json) {
        printJson(io, {
          count: recipients.length,
          recipients: recipients.map(
            ({
              honorific,
              name,
              title,
              organization,
              country,
              countryCode,
              salutation,
              addressLines,
              email,
              language,
              extra,
              included,
            }) => ({
              honorific,
              name,
              title,
              organization,
              country,
              countryCode,
              salutation,
              addressLines,
              email,
              language,
              extra,
              included,
            }),
          ),
        });
      } else {
        recipients.forEach((recipient, position) =>
          io.stdout(
            `${recipient.included ? ' ' : '-'} ${recipientLabel(recipient, position)}${recipient.title ? ` — ${recipient.title}` : ''}\n`,
          ),
        );
        io.stdout(`${recipients.length} recipient${recipients.length === 1 ? '' : 's'}.\n`);
      }
      return 0;
    } finally {
      campaign.close();
    }
  },
};
