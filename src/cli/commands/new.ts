import { basename, resolve } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../main/services/campaign/create-campaign';
import { getLetter, saveLetter } from '../../main/services/campaign/letters';
import { findTemplate } from '../../main/services/templates/templates';
import { printJson, UsageError, type Command } from '../command';

export const newCommand: Command = {
  name: 'new',
  usage: 'undersigned new <campaign> --template <id> [--title T] [--coalition NAME] [--json]',
  summary: 'Create a campaign file from a built-in template.',
  options: { template: { type: 'string' }, title: { type: 'string' }, coalition: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file to create');
    if (typeof values.template !== 'string') throw new UsageError('--template <id> is required (see "undersigned templates")');
    const template = findTemplate(values.template);
    const path = resolve(target.endsWith(CAMPAIGN_EXTENSION) ? target : `${target}${CAMPAIGN_EXTENSION}`);
    const title = typeof values.title === 'string' ? values.title : template.title;
    const coalition = typeof values.coalition === 'string' ? values.coalition.trim() : '';
    if (coalition.length > 300) throw new UsageError('--coalition is at most 300 characters');
    const campaign = createCampaignFromTemplate(path, template, title);
    try {
      // The coalition signs the letters and is their files' Author.
      if (coalition) {
        const letter = getLetter(campaign.db);
        saveLetter(campaign.db, { doc: letter.doc, settings: { ...letter.settings, coalition } });
      }
    } finally {
      campaign.close();
    }
    if (values.json) printJson(io, { file: path, template: template.id, title, coalition });
    else io.stdout(`Created ${basename(path)} from "${template.name}".\n`);
    return 0;
  },
};
