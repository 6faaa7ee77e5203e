import { describe, expect, it } from 'vitest';
import { findLetterSchemaProblems, forEachLetterNode, type LetterNode } from '../../../../src/shared/document/letter-document';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, MARK_NAMES } from '../../../../src/shared/document/nodes';

/** A letter that holds every node and mark of the schema, as the editor's getJSON() writes them. */
function letterWithEveryNode(): LetterNode {
  return {
    type: 'doc',
    content: [
      { type: 'dateLine', attrs: { place: 'Genève', date: '2020-04-28', textAlign: 'right' } },
      { type: 'heading', attrs: { level: 1, textAlign: null }, content: [{ type: 'text', text: 'Lettre ouverte' }] },
      { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [{ type: 'text', text: 'Objet' }] },
      {
        type: 'paragraph',
        attrs: { textAlign: 'justify' },
        content: [
          { type: 'mergeField', attrs: { field: 'recipient.salutation | default: "Excellence"' } },
          { type: 'text', text: ', ' },
          { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
          { type: 'text', text: 'italic underlined', marks: [{ type: 'italic' }, { type: 'underline' }] },
          { type: 'hardBreak' },
          {
            type: 'text',
            text: 'a link',
            marks: [{ type: 'link', attrs: { href: 'https://example.org', target: null, rel: 'noopener noreferrer', class: null } }],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 4, type: null },
        content: [
          {
            type: 'listItem',
            content: [
              { type: 'paragraph', attrs: { textAlign: null }, content: [{ type: 'text', text: 'Fourth' }] },
              {
                type: 'bulletList',
                content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested' }] }] }],
              },
            ],
          },
        ],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }] },
      { type: 'pageBreak' },
      {
        type: 'signatoryList',
        attrs: {
          ...DEFAULT_SIGNATORY_LIST_ATTRS,
          statuses: ['confirmed', 'pending'],
          format: 'grouped-by-country',
          columns: 3,
          showCount: true,
        },
      },
      {
        type: 'signatureBlock',
        attrs: {
          signers: [
            { name: 'Amina Diallo', title: 'Chair', organization: 'Réseau des défenseurs' },
            { name: '', title: 'Director', organization: '' },
          ],
        },
      },
    ],
  };
}

describe('the letter schema', () => {
  it('holds every node and mark it names, and they survive a trip through JSON', () => {
    const letter = letterWithEveryNode();
    const seen = new Set<string>();
    const marks = new Set<string>();
    forEachLetterNode(letter, (node) => {
      seen.add(node.type);
      for (const mark of node.marks ?? []) marks.add(mark.type);
    });
    expect([...seen].sort()).toEqual(Object.values(NODE_NAMES).sort());
    expect([...marks].sort()).toEqual(Object.values(MARK_NAMES).sort());

    const copy = JSON.parse(JSON.stringify(letter)) as LetterNode;
    expect(copy).toEqual(letter);
    expect(findLetterSchemaProblems(copy)).toEqual([]);
  });

  it('names the node and attribute that break the schema', () => {
    const cases: [LetterNode, string][] = [
      [{ type: 'doc', content: [{ type: 'signatureBlock', attrs: { signers: [] } }] }, 'signatureBlock'],
      [
        {
          type: 'doc',
          content: [{ type: 'signatureBlock', attrs: { signers: Array(5).fill({ name: '', title: '', organization: '' }) } }],
        },
        'signatureBlock',
      ],
      [{ type: 'doc', content: [{ type: 'signatoryList', attrs: { ...DEFAULT_SIGNATORY_LIST_ATTRS, columns: 4 } }] }, 'signatoryList'],
      [{ type: 'doc', content: [{ type: 'signatoryList', attrs: { ...DEFAULT_SIGNATORY_LIST_ATTRS, statuses: [] } }] }, 'signatoryList'],
      [{ type: 'doc', content: [{ type: 'dateLine', attrs: { place: 'Paris', date: '28/04/2020' } }] }, 'dateLine'],
      [{ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: '' } }] }] }, 'mergeField'],
      [{ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 } }] }, 'heading'],
      [{ type: 'doc', content: [{ type: 'codeBlock' }] }, 'unknown node "codeBlock"'],
      [
        { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] },
        'unknown mark "strike"',
      ],
    ];
    for (const [letter, expected] of cases) {
      const problems = findLetterSchemaProblems(letter);
      expect(problems.length, JSON.stringify(letter)).toBeGreaterThan(0);
      expect(problems[0]!.message).toContain(expected);
      expect(problems[0]!.path).toMatch(/^\/0(\/0)?$/);
    }
  });
});
