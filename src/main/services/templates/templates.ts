import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLetterSchemaProblems } from '../../../shared/document/letter-document';
import { letterTemplateSchema, type LetterTemplate, type TemplateSummary } from '../../../shared/model/letter';
import { UserError } from '../../../shared/model/user-error';
import { resourcesDir } from '../resources-dir';
import { userTemplatesDir } from './user-templates-dir';

let builtIn: LetterTemplate[] | undefined;

/** Reads and checks one template file; a bad one is a programmer error for built-ins, a UserError for user files. */
export function parseTemplateFile(path: string): LetterTemplate {
  const parsed = letterTemplateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new UserError(
      `The template "${path}" is not valid: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}.`,
    );
  const problems = findLetterSchemaProblems(parsed.data.doc);
  if (problems.length > 0)
    throw new UserError(`The template "${path}" is not valid: ${problems[0]!.message} at ${problems[0]!.path || 'the root'}.`);
  return parsed.data;
}

/** The order the gallery shows the built-in templates in. */
const BUILT_IN_ORDER = ['heads-of-state', 'regional-organizations', 'states-parties', 'open-letter', 'policy-brief'];

/** The built-in templates (resources/templates), in a fixed order. */
export function builtInTemplates(): LetterTemplate[] {
  if (!builtIn) {
    const folder = join(resourcesDir(), 'templates');
    const rank = (id: string) => (BUILT_IN_ORDER.includes(id) ? BUILT_IN_ORDER.indexOf(id) : BUILT_IN_ORDER.length);
    builtIn = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => parseTemplateFile(join(folder, file)))
      .sort((first, second) => rank(first.id) - rank(second.id));
  }
  return builtIn;
}

/** The user's own templates ("Save as template"); a file that no longer parses is left out, not fatal. */
export function userTemplates(userDataDir: string): LetterTemplate[] {
  const folder = userTemplatesDir(userDataDir);
  if (!existsSync(folder)) return [];
  const templates: LetterTemplate[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    try {
      templates.push(parseTemplateFile(join(folder, file)));
    } catch (error) {
      if (!(error instanceof UserError) && !(error instanceof SyntaxError)) throw error;
    }
  }
  return templates;
}

function allTemplates(userDataDir?: string): LetterTemplate[] {
  return userDataDir ? [...builtInTemplates(), ...userTemplates(userDataDir)] : builtInTemplates();
}

/** Built-in templates first, then the user's own when their folder is given. */
export function listTemplates(userDataDir?: string): TemplateSummary[] {
  return allTemplates(userDataDir).map(({ id, name, kind, description }) => ({ id, name, kind, description }));
}

export function findTemplate(templateId: string, userDataDir?: string): LetterTemplate {
  const templates = allTemplates(userDataDir);
  const template = templates.find((candidate) => candidate.id === templateId);
  if (!template) {
    throw new UserError(`There is no template "${templateId}". Templates: ${templates.map((each) => each.id).join(', ')}.`, {
      code: 'unknown-template',
    });
  }
  return template;
}
