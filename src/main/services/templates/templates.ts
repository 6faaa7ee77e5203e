import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLetterSchemaProblems } from '../../../shared/document/letter-document';
import { letterTemplateSchema, type LetterTemplate, type TemplateSummary } from '../../../shared/model/letter';
import { UserError } from '../../../shared/model/user-error';
import { resourcesDir } from '../resources-dir';

let builtIn: LetterTemplate[] | undefined;

/** Reads and checks one template file; a bad one is a programmer error for built-ins, a UserError for user files. */
export function parseTemplateFile(path: string): LetterTemplate {
  const parsed = letterTemplateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new UserError(`The template "${path}" is not valid: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}.`);
  const problems = findLetterSchemaProblems(parsed.data.doc);
  if (problems.length > 0) throw new UserError(`The template "${path}" is not valid: ${problems[0]!.message} at ${problems[0]!.path || 'the root'}.`);
  return parsed.data;
}

/** The built-in templates (resources/templates), in a fixed order. */
export function builtInTemplates(): LetterTemplate[] {
  if (!builtIn) {
    const folder = join(resourcesDir(), 'templates');
    builtIn = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => parseTemplateFile(join(folder, file)));
  }
  return builtIn;
}

export function listTemplates(): TemplateSummary[] {
  return builtInTemplates().map(({ id, name, kind, description }) => ({ id, name, kind, description }));
}

export function findTemplate(templateId: string): LetterTemplate {
  const template = builtInTemplates().find((candidate) => candidate.id === templateId);
  if (!template) {
    throw new UserError(`There is no template "${templateId}". Templates: ${builtInTemplates().map((each) => each.id).join(', ')}.`, {
      code: 'unknown-template',
    });
  }
  return template;
}
