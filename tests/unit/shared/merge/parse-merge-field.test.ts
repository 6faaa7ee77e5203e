import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LetterNode } from '../../../../src/shared/document/letter-document';
import { mergeFieldLabel } from '../../../../src/shared/merge/merge-field-label';
import { parseMergeField } from '../../../../src/shared/merge/parse-merge-field';
import { usedMergeFields } from '../../../../src/shared/merge/used-merge-fields';

describe('parseMergeField', () => {
  it('reads a path and its filters in order', () => {
    expect(parseMergeField('recipient.title | upper | default: "Your Excellency"')).toEqual({
      ok: true,
      path: 'recipient.title',
      filters: [
        { name: 'upper', argument: null },
        { name: 'default', argument: 'Your Excellency' },
      ],
    });
  });

  it('keeps a pipe inside a quoted argument and unescapes quotes', () => {
    const parsed = parseMergeField('recipient.name|default:"A | B \\"C\\""');
    expect(parsed).toEqual({ ok: true, path: 'recipient.name', filters: [{ name: 'default', argument: 'A | B "C"' }] });
  });

  it('accepts single quotes, typographic quotes and surrounding braces', () => {
    expect(parseMergeField("{{ recipient.name | default: 'Madam' }}")).toMatchObject({
      ok: true,
      path: 'recipient.name',
      filters: [{ argument: 'Madam' }],
    });
    expect(parseMergeField('recipient.name | default: “Sir”')).toMatchObject({ ok: true, filters: [{ argument: 'Sir' }] });
  });

  it('reports an unknown filter or a filter missing its value', () => {
    expect(parseMergeField('recipient.name | shout')).toEqual({ ok: false, path: 'recipient.name', message: 'unknown filter "shout"' });
    expect(parseMergeField('recipient.name | default')).toMatchObject({ ok: false, message: expect.stringContaining('needs a value') });
    expect(parseMergeField('  ')).toMatchObject({ ok: false });
  });
});

describe('mergeFieldLabel', () => {
  it('names every kind of field', () => {
    expect(mergeFieldLabel('recipient.title | upper')).toBe('Recipient title');
    expect(mergeFieldLabel('recipient.extra.Mission')).toBe('Recipient Mission');
    expect(mergeFieldLabel('signatories.count')).toBe('Number of signatories');
    expect(mergeFieldLabel('recipient.shoe_size')).toBe('Unknown field recipient.shoe_size');
  });
});

describe('usedMergeFields', () => {
  it('lists the fields of the regional template once each, knowing which always have a default', () => {
    const template = JSON.parse(readFileSync('resources/templates/regional-organizations.json', 'utf8')) as { doc: LetterNode };
    expect(usedMergeFields(template.doc)).toEqual([
      { path: 'recipient.honorific', alwaysDefaulted: true },
      { path: 'recipient.name', alwaysDefaulted: false },
      { path: 'recipient.title', alwaysDefaulted: false },
      { path: 'recipient.organization', alwaysDefaulted: false },
      { path: 'recipient.address', alwaysDefaulted: false },
      { path: 'recipient.greeting', alwaysDefaulted: true },
    ]);
    expect(
      usedMergeFields({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Dear {{recipient.name | default: "Sir"}} and {{recipient.name}}' }] },
        ],
      }),
    ).toEqual([{ path: 'recipient.name', alwaysDefaulted: false }]);
  });

  it('counts the fields a default names as used, without a default of their own', () => {
    const template = JSON.parse(readFileSync('resources/templates/heads-of-state.json', 'utf8')) as { doc: LetterNode };
    const used = usedMergeFields(template.doc);
    expect(used.find((field) => field.path === 'recipient.name')).toEqual({ path: 'recipient.name', alwaysDefaulted: true });
    expect(used.find((field) => field.path === 'recipient.country')).toEqual({ path: 'recipient.country', alwaysDefaulted: false });
  });
});
