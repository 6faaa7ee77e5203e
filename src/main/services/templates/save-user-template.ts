import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLetterSchemaProblems, type LetterNode } from '../../../shared/document/letter-document';
import { letterTemplateSchema, type TemplateSummary } from '../../../shared/model/letter';
import type { PageSettings } from '../../../shared/model/page-settings';
import { UserError } from '../../../shared/model/user-error';
import { builtInTemplates } from './templates';
import { userTemplatesDir } from './user-templates-dir';

export interface UserTemplateInput {
  name: string;
  description: string;
  title: string;
  doc: LetterNode;
  settings: PageSettings;
}

/** `user-` and the name in lower-case ASCII words: "Letter to the AU, 2026" -> "user-letter-to-the-au-2026". */
export function userTemplateId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `user-${words || 'template'}`;
}

/** Saves a letter as a template in the user-data folder; saving again under the same name replaces it. */
export function saveUserTemplate(userDataDir: string, input: UserTemplateInput): TemplateSummary {
  const name = input.name.trim();
  if (name === '') throw new UserError('A template needs a name.', { code: 'template-name' });
  const id = userTemplateId(name);
  if (builtInTemplates().some((template) => template.id === id))
    throw new UserError(`"${name}" is the name of a built-in template; choose another.`);
  const problems = findLetterSchemaProblems(input.doc);
  if (problems.length > 0)
    throw new UserError(`The letter cannot be saved as a template: ${problems[0]!.message} at ${problems[0]!.path || 'the root'}.`);
  const template = letterTemplateSchema.parse({
    id,
    name,
    kind: 'user',
    description: input.description.trim() || `Saved from “${input.title}”.`,
    title: input.title,
    doc: input.doc,
    settings: input.settings,
  });
  const folder = userTemplatesDir(userDataDir);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${id}.json`);
  writeFileSync(`${path}.partial`, `${JSON.stringify(template, null, 2)}\n`);
  renameSync(`${path}.partial`, path);
  return { id, name, kind: template.kind, description: template.description };
}
