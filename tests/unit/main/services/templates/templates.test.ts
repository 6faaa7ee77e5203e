import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { getLetter } from '../../../../../src/main/services/campaign/letters';
import { saveUserTemplate, userTemplateId } from '../../../../../src/main/services/templates/save-user-template';
import { builtInTemplates, findTemplate, listTemplates } from '../../../../../src/main/services/templates/templates';
import { userTemplatesDir } from '../../../../../src/main/services/templates/user-templates-dir';
import { findLetterSchemaProblems, forEachLetterNode, type LetterNode } from '../../../../../src/shared/document/letter-document';
import { isMergeFieldPath } from '../../../../../src/shared/merge/merge-fields';
import { parseMergeField } from '../../../../../src/shared/merge/parse-merge-field';
import { UserError } from '../../../../../src/shared/model/user-error';
import { useTemporaryFolder } from '../../../temporary-folder';

const TEMPLATE_IDS = ['heads-of-state', 'regional-organizations', 'states-parties', 'open-letter', 'policy-brief'];

function nodesOf(doc: LetterNode, type: string): LetterNode[] {
  const found: LetterNode[] = [];
  forEachLetterNode(doc, (node) => node.type === type && found.push(node));
  return found;
}

function textOf(doc: LetterNode): string {
  const parts: string[] = [];
  forEachLetterNode(doc, (node) => node.text && parts.push(node.text));
  return parts.join(' ');
}

describe('built-in templates', () => {
  const temporaryFolder = useTemporaryFolder();

  it('are the five fixed ids, in gallery order, each file in resources/templates', () => {
    expect(builtInTemplates().map((template) => template.id)).toEqual(TEMPLATE_IDS);
    const files = readdirSync(join(import.meta.dirname, '../../../../../resources/templates')).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(TEMPLATE_IDS.map((id) => `${id}.json`).sort());
  });

  it.each(TEMPLATE_IDS)('%s parses against the letter schema, with known merge fields and real prose', (id) => {
    const template = findTemplate(id);
    expect(findLetterSchemaProblems(template.doc)).toEqual([]);
    expect(template.description.length).toBeGreaterThan(40);

    const fields = nodesOf(template.doc, 'mergeField').map((node) => parseMergeField(String(node.attrs?.field)));
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) {
      expect(field.ok).toBe(true);
      expect(isMergeFieldPath(field.path)).toBe(true);
    }
    const text = textOf(template.doc);
    expect(text).not.toMatch(/lorem|ipsum|TODO|TBD|\[insert|xxx|\{\{/i);
    expect(text.split(/\s+/).length).toBeGreaterThan(200);
  });

  it('gives each kind its own closing: officers sign some, a list of organizations others', () => {
    const count = (id: string, type: string) => nodesOf(findTemplate(id).doc, type).length;
    expect(count('heads-of-state', 'signatureBlock')).toBe(1);
    expect(nodesOf(findTemplate('heads-of-state').doc, 'signatureBlock')[0]!.attrs?.signers).toHaveLength(2);
    expect(count('states-parties', 'signatoryList')).toBe(1);
    expect(count('states-parties', 'bulletList')).toBeGreaterThan(0);
    const openList = nodesOf(findTemplate('open-letter').doc, 'signatoryList')[0]!;
    expect(openList.attrs?.format).toBe('name-country-parentheses');
    expect(count('states-parties', 'dateLine')).toBe(1);

    const recommendations = nodesOf(findTemplate('policy-brief').doc, 'orderedList')[0]!;
    expect(recommendations.content!.length).toBeGreaterThanOrEqual(3);
    for (const item of recommendations.content!) expect(item.content!.some((child) => child.type === 'bulletList')).toBe(true);
  });

  it('makes a campaign holding a copy of the template letter', () => {
    const folder = temporaryFolder();
    for (const id of TEMPLATE_IDS) {
      const file = createCampaignFromTemplate(join(folder, `${id}.undersigned`), findTemplate(id), `Campaign ${id}`);
      const letter = getLetter(file.db);
      expect(letter.doc).toEqual(findTemplate(id).doc);
      expect(letter.settings).toEqual(findTemplate(id).settings);
      file.close();
    }
  });
});

describe('user templates', () => {
  const temporaryFolder = useTemporaryFolder();

  it('saves a letter into the user-data folder, lists it after the built-ins, and starts a campaign from it', () => {
    const userData = temporaryFolder();
    const base = findTemplate('open-letter');
    const doc: LetterNode = {
      ...base.doc,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lettre aux États membres' }] }, ...base.doc.content!],
    };
    const summary = saveUserTemplate(userData, {
      name: 'Lettre à l’Union africaine, 2026',
      description: '',
      title: 'Lettre',
      doc,
      settings: { ...base.settings, language: 'fr' },
    });
    expect(summary).toMatchObject({ id: 'user-lettre-a-l-union-africaine-2026', kind: 'user' });
    expect(summary.description).toBe('Saved from “Lettre”.');
    expect(existsSync(join(userTemplatesDir(userData), `${summary.id}.json`))).toBe(true);

    const listed = listTemplates(userData).map((template) => template.id);
    expect(listed).toEqual([...TEMPLATE_IDS, summary.id]);
    expect(listTemplates().map((template) => template.id)).toEqual(TEMPLATE_IDS);
    const found = findTemplate(summary.id, userData);
    expect(found.settings.language).toBe('fr');
    expect(found.doc).toEqual(doc);

    const again = saveUserTemplate(userData, {
      name: 'Lettre à l’Union africaine, 2026',
      description: 'Second draft',
      title: 'Lettre',
      doc: base.doc,
      settings: base.settings,
    });
    expect(again.id).toBe(summary.id);
    expect(listTemplates(userData).filter((template) => template.id === summary.id)).toHaveLength(1);
    expect(findTemplate(summary.id, userData).description).toBe('Second draft');
  });

  it('refuses an empty name, a built-in name and a letter outside the schema', () => {
    const userData = temporaryFolder();
    const base = findTemplate('policy-brief');
    const input = { description: '', title: 'x', doc: base.doc, settings: base.settings };
    expect(() => saveUserTemplate(userData, { ...input, name: '   ' })).toThrow(UserError);
    expect(userTemplateId('Heads of state')).toBe('user-heads-of-state');
    expect(() =>
      saveUserTemplate(userData, { ...input, name: 'Policy brief', doc: { type: 'doc', content: [{ type: 'table' }] } }),
    ).toThrow(/unknown node "table"/);
  });

  it('leaves out a user template file that no longer parses instead of failing the gallery', () => {
    const userData = temporaryFolder();
    const base = findTemplate('open-letter');
    const saved = saveUserTemplate(userData, { name: 'Kept', description: '', title: 'x', doc: base.doc, settings: base.settings });
    writeFileSync(join(userTemplatesDir(userData), 'user-broken.json'), '{ "id": "user-broken", ');
    expect(listTemplates(userData).map((template) => template.id)).toContain(saved.id);
    expect(listTemplates(userData).map((template) => template.id)).not.toContain('user-broken');
    expect(readFileSync(join(userTemplatesDir(userData), `${saved.id}.json`), 'utf8')).toContain('"kind": "user"');
  });
});
