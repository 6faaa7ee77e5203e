import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IRBlock, IRParagraph, IRRun } from '../../../../src/shared/document/letter-ir';
import type { LetterNode } from '../../../../src/shared/document/letter-document';
import { DEFAULT_PAGE_SETTINGS, type PageSettings } from '../../../../src/shared/model/page-settings';
import { letterTemplateSchema } from '../../../../src/shared/model/letter';
import type { MergeContext, MergeRecipient } from '../../../../src/shared/merge/merge-context';
import { resolveLetter } from '../../../../src/shared/merge/resolve-letter';
import type { ListedSignatory } from '../../../../src/shared/signatories/format-signatory-list';

const template = letterTemplateSchema.parse(JSON.parse(readFileSync('resources/templates/regional-organizations.json', 'utf8')));

const africanUnion: MergeRecipient = {
  honorific: null,
  name: 'Moussa Faki Mahamat',
  title: 'Chairperson of the African Union Commission',
  organization: 'African Union',
  country: null,
  countryCode: null,
  salutation: null,
  addressLines: ['Roosevelt Street', 'Addis Ababa, Ethiopia'],
  email: null,
  extra: {},
};

const signatories: ListedSignatory[] = [
  { name: 'Asociación Pro Derechos Humanos', country: null, countryCode: 'PE', status: 'confirmed', position: 3 },
  { name: 'Amnesty International', country: null, countryCode: null, status: 'confirmed', position: 1 },
  { name: 'Coalition ivoirienne pour la CPI', country: null, countryCode: 'CI', status: 'pending', position: 2 },
  { name: 'Former Member', country: 'Kenya', countryCode: 'KE', status: 'withdrawn', position: 4 },
];

const baseContext: MergeContext = { recipient: africanUnion, signatories, date: '2020-04-28' };

function text(runs: IRRun[]): string {
  return runs.map((run) => run.text).join('');
}

function paragraphs(blocks: IRBlock[]): IRParagraph[] {
  return blocks.filter((block): block is IRParagraph => block.kind === 'paragraph');
}

function doc(...content: LetterNode[]): LetterNode {
  return { type: 'doc', content };
}

function letterOf(content: LetterNode[], settings: PageSettings = DEFAULT_PAGE_SETTINGS) {
  return { doc: doc(...content), settings, title: 'Test letter' };
}

describe('resolveLetter on the regional-organizations template', () => {
  it('merges the recipient into the address block, salutation and body', () => {
    const { ir, unresolved, warnings } = resolveLetter(template, baseContext);
    const [dateLine, address, salutation] = paragraphs(ir.blocks);
    expect(text(dateLine!.runs)).toBe(`New York, 28 April 2020`);
    expect(dateLine!.align).toBe('right');
    expect(text(address!.runs).split('\n')).toEqual([
      'H.E. Moussa Faki Mahamat',
      'Chairperson of the African Union Commission',
      'African Union',
      'Roosevelt Street',
      'Addis Ababa, Ethiopia',
    ]);
    // Merged values are marked, so the exporters never hyphenate them; the template's own space is not.
    expect(address!.runs.filter((run) => run.merged).map((run) => run.text)).toContain('Moussa Faki Mahamat');
    expect(address!.runs.find((run) => run.text === ' ')?.merged).toBeUndefined();
    expect(text(salutation!.runs)).toBe('Your Excellency,');
    const body = paragraphs(ir.blocks)
      .map((paragraph) => text(paragraph.runs))
      .join('\n');
    expect(body).toContain('We therefore respectfully encourage the African Union to:');
    expect(body).not.toMatch(/\{\{|\}\}|undefined|null/);
    expect(unresolved).toEqual([]);
    expect(warnings).toEqual([
      'A signer in the signature block has no name (Convenor, Steering Committee).',
      'A signer in the signature block has no name (Coordinator, Secretariat).',
    ]);
    // Each recipient's file is titled for its recipient; the subject is the letter's subject line (its first heading).
    expect(ir.meta).toMatchObject({
      title: `${template.title} — African Union`,
      letterTitle: template.title,
      subject: 'Regional action to prevent mass atrocities: the coming General Assembly dialogue',
      keywords: ['African Union', template.title],
      locale: 'en-GB',
      createdAt: '2020-04-28T00:00:00.000Z',
    });
    const list = ir.blocks.find((block) => block.kind === 'list');
    expect(list).toMatchObject({ kind: 'list', ordered: false, start: 1 });
    expect(list?.kind === 'list' && list.items).toHaveLength(3);
  });

  it('lists unresolved fields once each and never prints them blank', () => {
    const withoutName = { ...africanUnion, name: null, addressLines: [] };
    const { ir, unresolved } = resolveLetter(template, { ...baseContext, recipient: withoutName });
    expect(unresolved).toEqual(['recipient.name', 'recipient.address']);
    const address = paragraphs(ir.blocks)[1]!;
    // The address line with nothing in it is left out, and so is the space after "H.E." (an export stops here without force).
    expect(text(address.runs)).toBe('H.E.\nChairperson of the African Union Commission\nAfrican Union');
    const everything = JSON.stringify(ir.blocks);
    expect(everything).not.toMatch(/undefined|null|\{\{/);
  });

  it('with force, marks each unresolved field with its readable label', () => {
    const { ir, unresolved } = resolveLetter(template, { ...baseContext, recipient: { ...africanUnion, name: ' ' }, force: true });
    expect(unresolved).toEqual(['recipient.name']);
    const marked = paragraphs(ir.blocks)[1]!.runs.filter((run) => run.unresolvedField);
    expect(marked).toEqual([{ text: 'Recipient name', unresolvedField: 'Recipient name' }]);
  });

  it('resolves a letter with no recipient, reporting every recipient field', () => {
    const { unresolved } = resolveLetter(template, { ...baseContext, recipient: null });
    expect(unresolved).toEqual(['recipient.name', 'recipient.title', 'recipient.organization', 'recipient.address']);
  });
});

describe('resolveLetter nodes', () => {
  it('turns marks into run styles, keeping them on merged fields', () => {
    const { ir } = resolveLetter(
      letterOf([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'To ', marks: [{ type: 'italic' }] },
            { type: 'mergeField', attrs: { field: 'recipient.organization | upper' }, marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'text', text: ' — see ', marks: [] },
            { type: 'text', text: 'our site', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }, { type: 'underline' }] },
          ],
        },
      ]),
      baseContext,
    );
    expect(ir.blocks).toEqual([
      {
        kind: 'paragraph',
        align: 'left',
        runs: [
          { text: 'To ', italic: true },
          { text: 'AFRICAN UNION', bold: true, italic: true, merged: true },
          { text: ' — see ' },
          { text: 'our site', href: 'https://example.org', underline: true },
        ],
      },
    ]);
  });

  it('maps headings, ordered lists with their start, quotes and page breaks', () => {
    const item = (words: string): LetterNode => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }],
    });
    const { ir } = resolveLetter(
      letterOf([
        { type: 'heading', attrs: { level: 1, textAlign: 'center' }, content: [{ type: 'text', text: 'Recommendations' }] },
        { type: 'orderedList', attrs: { start: 4 }, content: [item('Ratify'), item('Cooperate')] },
        { type: 'orderedList', content: [item('Again from one')] },
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', attrs: { textAlign: 'justify' }, content: [{ type: 'text', text: 'Never again.' }] }],
        },
        { type: 'pageBreak' },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Nested' }] },
                { type: 'bulletList', content: [item('Inner')] },
              ],
            },
          ],
        },
      ]),
      baseContext,
    );
    expect(ir.blocks[0]).toEqual({ kind: 'heading', level: 1, align: 'center', runs: [{ text: 'Recommendations' }] });
    expect(ir.blocks[1]).toMatchObject({
      kind: 'list',
      ordered: true,
      start: 4,
      items: [{ blocks: [{ runs: [{ text: 'Ratify' }] }] }, { blocks: [{ runs: [{ text: 'Cooperate' }] }] }],
    });
    expect(ir.blocks[2]).toMatchObject({ kind: 'list', ordered: true, start: 1 });
    expect(ir.blocks[3]).toEqual({ kind: 'quote', blocks: [{ kind: 'paragraph', align: 'justify', runs: [{ text: 'Never again.' }] }] });
    expect(ir.blocks[4]).toEqual({ kind: 'pageBreak' });
    expect(ir.blocks[5]).toMatchObject({
      kind: 'list',
      items: [{ blocks: [{ kind: 'paragraph' }, { kind: 'list', items: [{ blocks: [{ runs: [{ text: 'Inner' }] }] }] }] }],
    });
  });

  it('keeps hard breaks as "\\n" runs', () => {
    const { ir } = resolveLetter(
      letterOf([{ type: 'paragraph', content: [{ type: 'text', text: 'One' }, { type: 'hardBreak' }, { type: 'text', text: 'Two' }] }]),
      baseContext,
    );
    expect((ir.blocks[0] as IRParagraph).runs).toEqual([{ text: 'One' }, { text: '\n' }, { text: 'Two' }]);
  });

  it('merges fields typed as text and leaves other braces alone', () => {
    const { ir, unresolved } = resolveLetter(
      letterOf([
        { type: 'paragraph', content: [{ type: 'text', text: 'Dear {{ recipient.title }}, {{not a field}} {{recipient.email}}.' }] },
      ]),
      baseContext,
    );
    expect(text((ir.blocks[0] as IRParagraph).runs)).toBe('Dear Chairperson of the African Union Commission, {{not a field}} .');
    expect(unresolved).toEqual(['recipient.email']);
  });

  it('writes the date line in French and Spanish, with a fixed date when the letter has one', () => {
    const french = { ...DEFAULT_PAGE_SETTINGS, language: 'fr' as const };
    const spanish = { ...DEFAULT_PAGE_SETTINGS, language: 'es' as const };
    const dateLine = (place: string, date: string | null): LetterNode => ({ type: 'dateLine', attrs: { place, date } });
    expect(text((resolveLetter(letterOf([dateLine('Genève', null)], french), baseContext).ir.blocks[0] as IRParagraph).runs)).toBe(
      'Genève, le 28 avril 2020',
    );
    expect(
      text((resolveLetter(letterOf([dateLine('Nueva York', '2019-12-03')], spanish), baseContext).ir.blocks[0] as IRParagraph).runs),
    ).toBe('Nueva York, 3 de diciembre de 2019');
    expect(resolveLetter(letterOf([dateLine('Genève', null)], french), baseContext).ir.meta.locale).toBe('fr-FR');
  });

  it('expands the signatory list with its statuses, sort, format and count line in the letter language', () => {
    const listNode = (attrs: Record<string, unknown>): LetterNode => ({
      type: 'signatoryList',
      attrs: {
        statuses: ['confirmed', 'pending', 'withdrawn'],
        format: 'name-country-parentheses',
        sort: 'name',
        columns: 2,
        heading: 'Signatories',
        showCount: true,
        ...attrs,
      },
    });
    const english = resolveLetter(letterOf([listNode({})]), baseContext).ir.blocks[0];
    expect(english).toEqual({
      kind: 'signatoryList',
      heading: 'Signatories',
      countLine: '3 organizations',
      columns: 2,
      groups: [
        {
          title: '',
          entries: ['Amnesty International', 'Asociación Pro Derechos Humanos (Peru)', 'Coalition ivoirienne pour la CPI (Côte d’Ivoire)'],
        },
      ],
    });
    const french = resolveLetter(
      letterOf([listNode({ heading: 'Signataires', statuses: ['confirmed'] })], { ...DEFAULT_PAGE_SETTINGS, language: 'fr' }),
      baseContext,
    ).ir.blocks[0];
    expect(french).toMatchObject({
      heading: 'Signataires',
      countLine: '2 organisations',
      groups: [{ entries: ['Amnesty International', 'Asociación Pro Derechos Humanos (Pérou)'] }],
    });
    const spanish = resolveLetter(
      letterOf([listNode({ showCount: false, format: 'grouped-by-country' })], { ...DEFAULT_PAGE_SETTINGS, language: 'es' }),
      baseContext,
    ).ir.blocks[0];
    expect(spanish).toMatchObject({
      countLine: '',
      groups: [{ title: 'Costa de Marfil' }, { title: 'Perú' }, { title: 'Otros firmantes', entries: ['Amnesty International'] }],
    });
  });

  it('counts the signatories of the letter’s list for {{signatories.count}} and warns on an empty list', () => {
    const { ir, warnings } = resolveLetter(
      letterOf([
        { type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'signatories.count' } }] },
        {
          type: 'signatoryList',
          attrs: { statuses: ['pending'], format: 'name-only', sort: 'name', columns: 1, heading: '', showCount: false },
        },
      ]),
      { ...baseContext, signatories: signatories.filter((signatory) => signatory.status !== 'pending') },
    );
    expect(text((ir.blocks[0] as IRParagraph).runs)).toBe('0');
    expect(warnings).toContain('The signatory list is empty: no signatory has the statuses it shows.');
  });

  it('reports an unknown node and a field that cannot be read as warnings', () => {
    const { ir, warnings, unresolved } = resolveLetter(
      letterOf([{ type: 'table' }, { type: 'paragraph', content: [{ type: 'mergeField', attrs: { field: 'recipient.name | sparkle' } }] }]),
      baseContext,
    );
    expect(ir.blocks).toEqual([{ kind: 'paragraph', align: 'left', runs: [] }]);
    expect(unresolved).toEqual(['recipient.name']);
    expect(warnings).toEqual([
      'A "table" block was left out: the letter format has no place for it.',
      'The field "recipient.name | sparkle" cannot be merged: unknown filter "sparkle".',
    ]);
  });
});

describe('resolveLetter with the recipient’s language and address blocks', () => {
  const headsOfState = letterTemplateSchema.parse(JSON.parse(readFileSync('resources/templates/heads-of-state.json', 'utf8')));
  const statesParties = letterTemplateSchema.parse(JSON.parse(readFileSync('resources/templates/states-parties.json', 'utf8')));
  const kenya: MergeRecipient = {
    honorific: null,
    name: 'Jane Wanjiru',
    title: 'Cabinet Secretary for Foreign Affairs',
    organization: 'Ministry of Foreign and Diaspora Affairs',
    country: 'Kenya',
    countryCode: 'KE',
    salutation: null,
    addressLines: [],
    email: null,
    extra: {},
  };

  it('writes the address block from the fields it has, the formal country last, with no blank lines', () => {
    const { ir, unresolved } = resolveLetter(headsOfState, { ...baseContext, recipient: kenya });
    expect(unresolved).toEqual([]);
    const [, address, greeting] = paragraphs(ir.blocks);
    expect(text(address!.runs).split('\n')).toEqual([
      'H.E. Jane Wanjiru',
      'Cabinet Secretary for Foreign Affairs',
      'Ministry of Foreign and Diaspora Affairs',
      'Republic of Kenya',
    ]);
    expect(text(greeting!.runs)).toBe('Your Excellency,');
    expect(paragraphs(ir.blocks).map((paragraph) => text(paragraph.runs))).toContain(
      'Excellency, we respectfully urge the Government of Kenya to:',
    );
    const netherlands = resolveLetter(statesParties, {
      ...baseContext,
      recipient: { ...kenya, name: null, title: null, organization: null, country: 'Netherlands (Kingdom of the)', countryCode: 'NL' },
    });
    expect(text(paragraphs(netherlands.ir.blocks)[1]!.runs).split('\n')).toEqual([
      'Minister of Foreign Affairs',
      'Kingdom of the Netherlands',
    ]);
    expect(text(paragraphs(netherlands.ir.blocks)[2]!.runs)).toBe('Your Excellency,');
    expect(paragraphs(netherlands.ir.blocks).map((paragraph) => text(paragraph.runs))).toContain(
      'We therefore call on the Netherlands, together with all States Parties, to:',
    );
  });

  it('leaves out the country line for a recipient in the country the letters are sent from, and only that line', () => {
    const fromKenya = { ...headsOfState, settings: { ...headsOfState.settings, ownCountry: 'KE' } };
    const home = resolveLetter(fromKenya, { ...baseContext, recipient: { ...kenya, addressLines: ['Old Treasury Building', 'Nairobi'] } });
    expect(text(paragraphs(home.ir.blocks)[1]!.runs).split('\n')).toEqual([
      'H.E. Jane Wanjiru',
      'Cabinet Secretary for Foreign Affairs',
      'Ministry of Foreign and Diaspora Affairs',
      'Old Treasury Building',
      'Nairobi',
    ]);
    // The country in a sentence stays: only the address's own line goes.
    expect(paragraphs(home.ir.blocks).map((paragraph) => text(paragraph.runs))).toContain(
      'Excellency, we respectfully urge the Government of Kenya to:',
    );
    // A recipient known only by the country as typed is matched too; a recipient abroad keeps the line.
    const typed = resolveLetter(fromKenya, { ...baseContext, recipient: { ...kenya, countryCode: null, country: 'Kenya' } });
    expect(text(paragraphs(typed.ir.blocks)[1]!.runs).split('\n').at(-1)).toBe('Ministry of Foreign and Diaspora Affairs');
    const abroad = resolveLetter(fromKenya, { ...baseContext, recipient: { ...kenya, country: 'Peru', countryCode: 'PE' } });
    expect(text(paragraphs(abroad.ir.blocks)[1]!.runs).split('\n').at(-1)).toBe('Republic of Peru');
    const fromStatesParties = { ...statesParties, settings: { ...statesParties.settings, ownCountry: 'NL' } };
    const netherlands = resolveLetter(fromStatesParties, {
      ...baseContext,
      recipient: { ...kenya, name: null, title: null, organization: null, country: 'Netherlands (Kingdom of the)', countryCode: 'NL' },
    });
    expect(text(paragraphs(netherlands.ir.blocks)[1]!.runs)).toBe('Minister of Foreign Affairs');
  });

  it('dates, greets, names the country and sets the language of the letter in the recipient’s language', () => {
    const french = resolveLetter(statesParties, { ...baseContext, recipient: { ...kenya, language: 'fr', countryCode: 'NL' } });
    const [dateLine, address, greeting] = paragraphs(french.ir.blocks);
    expect(text(dateLine!.runs)).toBe('La Haye, le 28 avril 2020');
    expect(text(address!.runs).split('\n').at(-1)).toBe('Royaume des Pays-Bas');
    expect(text(greeting!.runs)).toBe('Excellence,');
    expect(french.ir.settings.language).toBe('fr');
    expect(french.ir.meta.locale).toBe('fr-FR');
    expect(french.warnings).toContain(
      'Recipients whose language is French get the date line, salutation, country names and hyphenation in French; the letter’s own text (English) is not translated.',
    );
    const spanish = resolveLetter(statesParties, {
      ...baseContext,
      recipient: { ...kenya, language: 'Español', salutation: 'Your Excellency' },
    });
    expect(text(paragraphs(spanish.ir.blocks)[0]!.runs)).toBe('La Haya, 28 de abril de 2020');
    expect(text(paragraphs(spanish.ir.blocks)[2]!.runs)).toBe('Excelencia:');
    expect(spanish.ir.settings.language).toBe('es');
  });

  it('keeps the letter’s language for a language it does not write, and says which recipient asked', () => {
    const { ir, warnings } = resolveLetter(statesParties, { ...baseContext, recipient: { ...kenya, language: 'Deutsch' } });
    expect(ir.settings.language).toBe('en');
    expect(text(paragraphs(ir.blocks)[0]!.runs)).toBe('The Hague, 28 April 2020');
    expect(warnings).toContain(
      'Recipient “Jane Wanjiru, Ministry of Foreign and Diaspora Affairs”: the language “Deutsch” is not a letter language (en, fr or es); the letter is dated and greeted in English.',
    );
  });
});
