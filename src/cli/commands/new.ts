import { basename, resolve } from 'node:path';
import { CAMPAIGN_EXTENSION } from '../../main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../main/services/campaign/create-campaign';
import { findTemplate } from '../../main/services/templates/templates';
import { printJson, UsageError, type Command } from '../command';

export const newCommand: Command = {
  name: 'new',
  usage: 'undersigned new <campaign> --template <id> [--title T] [--json]',
  summary: 'Create a campaign file from a built-in template.',
  options: { template: { type: 'string' }, title: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [target] = positionals;
    if (!target || positionals.length > 1) throw new UsageError('give exactly one campaign file to create');
    if (typeof values.template !== 'string') throw new UsageError('--template <id> is required (see "undersigned templates")');
    const template = findTemplate(values.template);
    const path = resolve(target.endsWith(CAMPAIGN_EXTENSION) ? target : `${target}${CAMPAIGN_EXTENSION}`);
    const title = typeof values.title === 'string' ? values.title : template.title;
    createCampaignFromTemplate(path, template, title).close();
    if (values.json) printJson(io, { file: path, template: template.id, title });
    else io.stdout(`Created ${basename(path)} from "${template.name}".\n`);
    return 0;
  },
};
