import { resolve } from 'node:path';
import { openCampaignFile } from '../../main/services/campaign/campaign-file';
import { addPresetRecipients } from '../../main/services/recipients/add-preset-recipients';
import { RECIPIENT_PRESET_IDS } from '../../main/services/recipients/recipient-presets';
import { listRecipients } from '../../main/services/recipients/recipient-store';
import { recipientLabel } from '../../shared/merge/recipient-label';
import { printJson, UsageError, type Command } from '../command';

export const recipientsCommand: Command = {
  name: 'recipients',
  usage: `undersigned recipients <campaign> [--preset ${RECIPIENT_PRESET_IDS.join('|')}] [--json]`,
  summary: 'Add a bundled recipient set to a campaign (again replaces it), or list the recipients.',
  options: { preset: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file');
    if (values.preset !== undefined && typeof values.preset !== 'string') throw new UsageError('--preset needs a set name');
    const campaign = openCampaignFile(resolve(target));
    try {
      if (typeof values.preset === 'string') {
        if (!(RECIPIENT_PRESET_IDS as readonly string[]).includes(values.preset)) throw new UsageError(`unknown preset "${values.preset}"; choose ${RECIPIENT_PRESET_IDS.join(', ')}`);
        const added = addPresetRecipients(campaign.db, values.preset);
        if (values.json) printJson(io, { list: added.name, added: added.added, replaced: added.replaced });
        else io.stdout(`Added ${added.added} recipients from "${added.name}"${added.replaced ? ` (replacing the earlier ${added.replaced})` : ''}.\n`);
        return 0;
      }
      const recipients = listRecipients(campaign.db);
      if (values.json) {
        printJson(io, {
          count: recipients.length,
          recipients: recipients.map(({ honorific, name, title, organization, country, countryCode, salutation, addressLines, email, language, extra, included }) => ({
            honorific, name, title, organization, country, countryCode, salutation, addressLines, email, language, extra, included,
          })),
        });
      } else {
        recipients.forEach((recipient, position) => io.stdout(`${recipient.included ? ' ' : '-'} ${recipientLabel(recipient, position)}${recipient.title ? ` — ${recipient.title}` : ''}\n`));
        io.stdout(`${recipients.length} recipient${recipients.length === 1 ? '' : 's'}.\n`);
      }
      return 0;
    } finally {
      campaign.close();
    }
  },
};
