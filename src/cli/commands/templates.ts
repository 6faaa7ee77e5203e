import { listTemplates } from '../../main/services/templates/templates';
import { printJson, type Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  usage: 'undersigned templates [--json]',
  summary: 'List the built-in letter templates.',
  options: { json: { type: 'boolean' } },
  async run({ values }, io) {
    const templates = listTemplates();
    if (values.json) printJson(io, templates);
    else for (const template of templates) io.stdout(`${template.id.padEnd(24)} ${template.name}: ${template.description}\n`);
    return 0;
  },
};
