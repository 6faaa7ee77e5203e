import { basename, resolve } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../main/services/campaign/letters';
import { findTemplate } from '../../main/services/templates/templates';
import { resolveCountry } from '../../shared/countries/resolve-country';
import { printJson, UsageError, type Command } from '../command';

export const newCommand: Command = {
  name: 'new',
  usage: 'undersigned new <campaign> --template <id> [--title T] [--coalition NAME] [--sent-from COUNTRY] [--json]',
  summary: 'Create a campaign file from a built-in template.',
  options: { template: { type: 'string' }, title: { type: 'string' }, coalition: { type: 'string' }, 'sent-from': { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file to create');
    if (typeof values.template !== 'string') throw new UsageError('--template <id> is required (see "undersigned templates")');
    const template = findTemplate(values.template);
    const path = resolve(target.endsWith(CAMPAIGN_EXTENSION) ? target : `${target}${CAMPAIGN_EXTENSION}`);
    const title = typeof values.title === 'string' ? values.title : template.title;
    const coalition = typeof values.coalition === 'string' ? values.coalition.trim() : '';
    if (coalition.length > 300) throw new UsageError('--coalition is at most 300 characters');
    const sentFrom = typeof values['sent-from'] === 'string' ? values['sent-from'].trim() : '';
    const ownCountry = sentFrom ? resolveCountry(sentFrom, { acceptCodes: true }) : '';
    if (ownCountry === null) throw new UsageError(`--sent-from "${sentFrom}" is not a country (a name such as "Kenya", or its ISO code "KE")`);
    const campaign = createCampaignFromTemplate(path, template, title);
    try {
      // The coalition signs the letters and is their files' Author; letters to the country they are sent from have no country line.
      if (coalition || ownCountry) {
        const letter = getLetter(campaign.db);
        saveLetter(campaign.db, { doc: letter.doc, settings: { ...letter.settings, coalition, ownCountry } });
      }
    } finally {
      campaign.close();
    }
    if (values.json) printJson(io, { file: path, template: template.id, title, coalition, ownCountry });
    else io.stdout(`Created ${basename(path)} from "${template.name}".\n`);
    return 0;
  },
};
