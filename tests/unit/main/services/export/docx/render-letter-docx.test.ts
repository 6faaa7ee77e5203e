import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { UserError } from '../../../../../../src/shared/model/user-error';
import { resourcesDir } from '../../../../../../src/main/services/resources-dir';
import { renderCombinedDocx } from '../../../../../../src/main/services/export/docx/render-combined-docx';
import { renderLetterDocx } from '../../../../../../src/main/services/export/docx/render-letter-docx';
import {
  EVERY_BLOCK_LETTER,
  ONE_HUNDRED_TWENTY_SIGNATORIES,
  SPANISH_GROUPED_LETTER,
  THREE_PAGE_LETTER,
} from '../../../../../fixtures/docx/sample-letters';
import {
  bodyParagraphs,
  paragraphStyle,
  paragraphText,
  partRelationships,
  readDocxPackage,
  relationshipAttribute,
  type Element,
  wordAttribute,
  wordElements,
  wordValue,
  type DocxPackage,
} from './read-docx-package';

let everyBlock: DocxPackage;
let threePage: DocxPackage;
let spanish: DocxPackage;
let combined: DocxPackage;

beforeAll(async () => {
  [everyBlock, threePage, spanish, combined] = await Promise.all([
    renderLetterDocx(EVERY_BLOCK_LETTER).then(readDocxPackage),
    renderLetterDocx(THREE_PAGE_LETTER).then(readDocxPackage),
    renderLetterDocx(SPANISH_GROUPED_LETTER).then(readDocxPackage),
    renderCombinedDocx([
      { label: 'Organization of American States', ir: EVERY_BLOCK_LETTER },
      { label: 'Côte d’Ivoire', ir: THREE_PAGE_LETTER },
      { label: 'Panamá', ir: SPANISH_GROUPED_LETTER },
    ]).then(readDocxPackage),
  ]);
});

const paragraphWithText = (docx: DocxPackage, text: string): Element => {
  const found = bodyParagraphs(docx).find((paragraph) => paragraphText(paragraph) === text);
  if (!found) throw new Error(`No paragraph reads "${text}".`);
  return found;
};

const numberingOf = (paragraph: Element): { level: string | null; numId: string | null } => ({
  level: wordValue(paragraph, 'ilvl'),
  numId: wordValue(paragraph, 'numId'),
});

/** The w:num of a numId: its abstract numbering and its start overrides by level. */
const concreteNumbering = (docx: DocxPackage, numId: string): { abstractNumId: string; startOverrides: Map<string, string> } => {
  const num = wordElements(docx.xml('word/numbering.xml'), 'num').find((candidate) => wordAttribute(candidate, 'numId') === numId);
  if (!num) throw new Error(`numbering.xml has no w:num ${numId}.`);
  const startOverrides = new Map(
    wordElements(num, 'lvlOverride').map((override) => [wordAttribute(override, 'ilvl')!, wordValue(override, 'startOverride')!]),
  );
  return { abstractNumId: wordValue(num, 'abstractNumId')!, startOverrides };
};

const abstractLevel = (docx: DocxPackage, abstractNumId: string, level: string): Element => {
  const abstract = wordElements(docx.xml('word/numbering.xml'), 'abstractNum').find(
    (candidate) => wordAttribute(candidate, 'abstractNumId') === abstractNumId,
  )!;
  return wordElements(abstract, 'lvl').find((candidate) => wordAttribute(candidate, 'ilvl') === level)!;
};

const sections = (docx: DocxPackage): Element[] => wordElements(docx.xml('word/document.xml'), 'sectPr');

describe('renderLetterDocx package', () => {
  it('has a content type and an existing target for every part and relationship, and well-formed XML parts', async () => {
    for (const docx of [everyBlock, threePage, spanish, combined]) {
      const types = docx.xml('[Content_Types].xml');
      const defaults = new Set(
        Array.from(types.getElementsByTagName('Default')).map((element) => element.getAttribute('Extension')!.toLowerCase()),
      );
      const overrides = Array.from(types.getElementsByTagName('Override')).map((element) => element.getAttribute('PartName')!.slice(1));
      for (const part of overrides) expect(docx.names, `[Content_Types].xml names ${part}`).toContain(part);
      for (const name of docx.names) {
        if (name === '[Content_Types].xml') continue;
        const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
        expect(overrides.includes(name) || defaults.has(extension), `${name} has a content type`).toBe(true);
        if (name.endsWith('.xml') || name.endsWith('.rels')) docx.xml(name);
      }
      for (const relationshipsPart of docx.names.filter((name) => name.endsWith('.rels'))) {
        const source = relationshipsPart.replace('_rels/', '').replace(/\.rels$/, '');
        for (const [id, relationship] of partRelationships(docx, source)) {
          if (relationship.external) continue;
          const folder = source.slice(0, source.lastIndexOf('/') + 1);
          const target = relationship.target.startsWith('/') ? relationship.target.slice(1) : folder + relationship.target;
          expect(docx.names, `${relationshipsPart} ${id} points at ${target}`).toContain(target);
        }
      }
    }
  });

  it('carries the title, the author and the language of the letter', () => {
    const core = threePage.xml('docProps/core.xml');
    expect(core.getElementsByTagName('dc:title')[0]!.textContent).toBe(THREE_PAGE_LETTER.meta.title);
    expect(core.getElementsByTagName('dc:creator')[0]!.textContent).toBe(THREE_PAGE_LETTER.meta.author);
    expect(core.getElementsByTagName('dc:language')[0]!.textContent).toBe('fr-FR');
    const styles = threePage.xml('word/styles.xml');
    expect(wordValue(wordElements(styles, 'rPrDefault')[0]!, 'lang')).toBe('fr-FR');
    const normal = wordElements(styles, 'style').find((style) => wordAttribute(style, 'styleId') === 'Normal')!;
    expect(wordValue(normal, 'lang')).toBe('fr-FR');
    // Every run takes the language from the styles: none says another one.
    expect(wordElements(threePage.xml('word/document.xml'), 'lang')).toHaveLength(0);
    expect(wordValue(wordElements(spanish.xml('word/styles.xml'), 'rPrDefault')[0]!, 'lang')).toBe('es-ES');
  });

  it('sets the language on the runs of a letter whose language differs from the combined file styles', () => {
    expect(wordValue(wordElements(combined.xml('word/styles.xml'), 'rPrDefault')[0]!, 'lang')).toBe('en-GB');
    const languageOf = (text: string): string | null => {
      const run = wordElements(combined.xml('word/document.xml'), 'r').find((candidate) => paragraphText(candidate) === text)!;
      return wordValue(run, 'lang');
    };
    expect(languageOf('Your Excellency,')).toBeNull();
    expect(languageOf('Excellence,')).toBe('fr-FR');
    expect(languageOf('Señora Ministra:')).toBe('es-ES');
  });

  it('embeds the bundled font files and marks them embedded', () => {
    const font = wordElements(everyBlock.xml('word/fontTable.xml'), 'font').find(
      (candidate) => wordAttribute(candidate, 'name') === 'Source Serif 4',
    )!;
    expect(font).toBeDefined();
    expect(wordElements(everyBlock.xml('word/settings.xml'), 'embedTrueTypeFonts')).toHaveLength(1);
    const relationships = partRelationships(everyBlock, 'word/fontTable.xml');
    const faces = { embedRegular: 'Regular', embedBold: 'Bold', embedItalic: 'Italic', embedBoldItalic: 'BoldItalic' };
    for (const [element, face] of Object.entries(faces)) {
      const embed = wordElements(font, element)[0]!;
      const key = wordAttribute(embed, 'fontKey')!.replace(/[{}-]/g, '');
      const keyBytes = key
        .match(/../g)!
        .map((pair) => parseInt(pair, 16))
        .reverse();
      const obfuscated = everyBlock.bytes(`word/${relationships.get(relationshipAttribute(embed)!)!.target}`);
      const restored = Uint8Array.from(obfuscated, (byte, index) => (index < 32 ? byte ^ keyBytes[index % 16]! : byte));
      const bundled = readFileSync(join(resourcesDir(), 'fonts', 'source-serif-4', `SourceSerif4-${face}.ttf`));
      expect(Buffer.from(restored).equals(bundled), `${element} is SourceSerif4-${face}.ttf`).toBe(true);
    }
    expect(wordElements(spanish.xml('word/fontTable.xml'), 'font').map((candidate) => wordAttribute(candidate, 'name'))).toContain(
      'Source Sans 3',
    );
  });
});

describe('renderLetterDocx styles', () => {
  it('defines real Word styles from the letter font, size and spacing', () => {
    const styles = wordElements(everyBlock.xml('word/styles.xml'), 'style');
    const byId = new Map(styles.map((style) => [wordAttribute(style, 'styleId')!, style]));
    for (const [id, name] of Object.entries({
      Normal: 'Normal',
      Title: 'Title',
      Heading1: 'Heading 1',
      Heading2: 'Heading 2',
      Quote: 'Quote',
      ListBullet: 'List Bullet',
      ListNumber: 'List Number',
      SignatoryList: 'Signatory List',
    })) {
      expect(byId.has(id), `style ${id}`).toBe(true);
      expect(wordValue(byId.get(id)!, 'name')).toBe(name);
    }
    const normal = byId.get('Normal')!;
    expect(wordValue(normal, 'rFonts', 'ascii')).toBe('Source Serif 4');
    expect(wordValue(normal, 'sz')).toBe('22');
    // Exact leading, the PDF's: 11 pt × 1.25 = 13.75 pt = 275 twips; justified text in Body Text, hyphenated, Normal not.
    expect(wordValue(normal, 'spacing', 'line')).toBe('275');
    expect(wordValue(normal, 'spacing', 'lineRule')).toBe('exact');
    expect(wordElements(normal, 'suppressAutoHyphens')).toHaveLength(1);
    const bodyText = byId.get('BodyText')!;
    expect(wordValue(bodyText, 'jc')).toBe('both');
    expect(wordValue(bodyText, 'suppressAutoHyphens')).toBe('0');
    expect(wordElements(everyBlock.xml('word/settings.xml'), 'autoHyphenation')).toHaveLength(1);
    const spanishNormal = wordElements(spanish.xml('word/styles.xml'), 'style').find(
      (style) => wordAttribute(style, 'styleId') === 'Normal',
    )!;
    expect(wordValue(spanishNormal, 'rFonts', 'ascii')).toBe('Source Sans 3');
    expect(wordValue(spanishNormal, 'sz')).toBe('24');
  });

  it('gives each block its style and no direct font on body runs', () => {
    expect(paragraphStyle(paragraphWithText(everyBlock, 'Regional action to prevent mass atrocities'))).toBe('Heading1');
    expect(paragraphStyle(paragraphWithText(everyBlock, 'What we ask of regional organizations'))).toBe('Heading2');
    expect(
      paragraphStyle(paragraphWithText(everyBlock, 'The primary responsibility for protecting populations lies with each State.')),
    ).toBe('Quote');
    expect(paragraphStyle(paragraphWithText(everyBlock, 'Appoint a senior focal point for atrocity prevention.'))).toBe('ListNumber');
    expect(paragraphStyle(paragraphWithText(everyBlock, 'share assessments with the United Nations;'))).toBe('ListBullet');
    expect(paragraphStyle(paragraphWithText(everyBlock, 'Signatories'))).toBe('Heading2');
    expect(paragraphStyle(paragraphWithText(everyBlock, '6 organizations'))).toBe('SignatoryCount');
    expect(paragraphStyle(paragraphWithText(spanish, 'Perú'))).toBe('SignatoryGroup');
    const title = wordElements(everyBlock.xml('word/header2.xml'), 'p').find(
      (paragraph) => paragraphText(paragraph) === 'Coalition for Atrocity Prevention',
    );
    expect(title && paragraphStyle(title)).toBe('Title');
    expect(wordElements(everyBlock.xml('word/document.xml'), 'rFonts')).toHaveLength(0);
  });

  it('writes bold, italic, underline, real hyperlinks, line breaks and alignments', () => {
    const body = paragraphWithText(
      everyBlock,
      'We write ahead of the General Assembly dialogue to ask your organization to name a focal point for the prevention of atrocity crimes, and to report on its work every year. Our earlier statement is on our website.',
    );
    const runs = wordElements(body, 'r');
    const runWith = (text: string): Element => runs.find((run) => paragraphText(run) === text)!;
    expect(wordElements(runWith('General Assembly dialogue'), 'b')).toHaveLength(1);
    expect(wordElements(runWith('name a focal point'), 'i')).toHaveLength(1);
    expect(wordValue(runWith('report on its work'), 'u')).toBe('single');
    expect(wordElements(runWith(' to ask your organization to '), 'b')).toHaveLength(0);
    const hyperlink = wordElements(body, 'hyperlink')[0]!;
    expect(paragraphText(hyperlink)).toBe('our website');
    expect(wordValue(hyperlink, 'rStyle')).toBe('Hyperlink');
    const link = partRelationships(everyBlock, 'word/document.xml').get(relationshipAttribute(hyperlink)!)!;
    expect(link).toMatchObject({ target: 'https://example.org/statements/2026-regional-dialogue', external: true });
    // Justified by its style, not by direct formatting.
    expect(paragraphStyle(body)).toBe('BodyText');
    expect(wordElements(body, 'jc')).toHaveLength(0);
    expect(wordValue(paragraphWithText(everyBlock, 'New York, 23 November 2026'), 'jc')).toBe('right');
    expect(wordValue(paragraphWithText(everyBlock, 'We thank you for your attention and remain at your disposal.'), 'jc')).toBe('center');
    expect(
      paragraphText(paragraphWithText(everyBlock, 'H.E. Luisa Fernández Ordóñez\nSecretary-General\nOrganization of American States')),
    ).toContain('\n');
  });

  it('marks an unresolved field so it cannot be missed', () => {
    const run = wordElements(threePage.xml('word/document.xml'), 'r').find((candidate) => paragraphText(candidate) === '[Budget]')!;
    expect(wordValue(run, 'rStyle')).toBe('UnresolvedField');
    expect(wordValue(run, 'highlight')).toBe('yellow');
  });
});

describe('renderLetterDocx lists', () => {
  it('writes real numbering, nested levels, and numbered lists that restart or start where the letter says', () => {
    const first = numberingOf(paragraphWithText(everyBlock, 'Appoint a senior focal point for atrocity prevention.'));
    const firstAgain = numberingOf(paragraphWithText(everyBlock, 'Report every year on the steps taken.'));
    const nested = numberingOf(paragraphWithText(everyBlock, 'share assessments with the United Nations;'));
    const restarted = numberingOf(paragraphWithText(everyBlock, 'ratify the regional human rights instruments;'));
    const restartedAgain = numberingOf(paragraphWithText(everyBlock, 'invite its visits.'));
    const fromFour = numberingOf(paragraphWithText(everyBlock, 'Publish the results of those visits.'));
    expect(first).toEqual(firstAgain);
    expect(first.level).toBe('0');
    expect(nested.level).toBe('1');
    expect(nested.numId).not.toBe(first.numId);
    expect(restarted).toEqual(restartedAgain);
    expect(restarted.numId).not.toBe(first.numId);
    const firstNum = concreteNumbering(everyBlock, first.numId!);
    const restartedNum = concreteNumbering(everyBlock, restarted.numId!);
    expect(restartedNum.abstractNumId).toBe(firstNum.abstractNumId);
    expect(restartedNum.startOverrides.get('0')).toBe('1');
    expect(concreteNumbering(everyBlock, fromFour.numId!).startOverrides.get('0')).toBe('4');
    expect(wordValue(abstractLevel(everyBlock, firstNum.abstractNumId, '0'), 'numFmt')).toBe('decimal');
    expect(wordValue(abstractLevel(everyBlock, firstNum.abstractNumId, '0'), 'lvlText')).toBe('%1.');
    expect(wordValue(abstractLevel(everyBlock, concreteNumbering(everyBlock, nested.numId!).abstractNumId, '1'), 'numFmt')).toBe('bullet');
    expect(wordElements(paragraphWithText(everyBlock, 'Build early warning into existing mechanisms:'), 'keepNext')).toHaveLength(1);
    expect(wordElements(paragraphWithText(everyBlock, 'Report every year on the steps taken.'), 'keepNext')).toHaveLength(0);
  });
});

describe('renderLetterDocx page layout', () => {
  it('sets paper size and margins from the page settings', () => {
    const [a4] = sections(everyBlock);
    expect(wordValue(a4!, 'pgSz', 'w')).toBe('11905');
    expect(wordValue(a4!, 'pgSz', 'h')).toBe('16837');
    expect(wordValue(a4!, 'pgMar', 'top')).toBe('1417');
    const [letter] = sections(spanish);
    expect(Number(wordValue(letter!, 'pgSz', 'w'))).toBeCloseTo(12240, -1);
    expect(Number(wordValue(letter!, 'pgSz', 'h'))).toBeCloseTo(15840, -1);
    expect(wordValue(letter!, 'pgMar', 'left')).toBe('1247');
  });

  it('puts the letterhead with its logo on the first page only, or on every page, as set', () => {
    const [first] = sections(everyBlock);
    expect(wordElements(first!, 'titlePg')).toHaveLength(1);
    const headers = new Map(
      wordElements(first!, 'headerReference').map((reference) => [wordAttribute(reference, 'type'), relationshipAttribute(reference)]),
    );
    const relationships = partRelationships(everyBlock, 'word/document.xml');
    const firstHeader = `word/${relationships.get(headers.get('first')!)!.target}`;
    const otherHeader = `word/${relationships.get(headers.get('default')!)!.target}`;
    expect(wordElements(everyBlock.xml(firstHeader), 'p').map(paragraphText).join('\n')).toContain('Coalition for Atrocity Prevention');
    expect(wordElements(everyBlock.xml(otherHeader), 'p').map(paragraphText).join('')).toBe('');
    const blip = everyBlock.xml(firstHeader).getElementsByTagName('a:blip')[0]!;
    const image = partRelationships(everyBlock, firstHeader).get(blip.getAttribute('r:embed')!)!;
    expect(everyBlock.bytes(`word/${image.target}`).subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
    const [everyPage] = sections(threePage);
    expect(wordElements(everyPage!, 'titlePg')).toHaveLength(0);
    expect(wordElements(everyPage!, 'headerReference').map((reference) => wordAttribute(reference, 'type'))).toEqual(['default']);
  });

  it('writes a footer with the address line and "Page X of Y" from PAGE and NUMPAGES fields', () => {
    const [first] = sections(threePage);
    const reference = wordElements(first!, 'footerReference')[0]!;
    const footer = `word/${partRelationships(threePage, 'word/document.xml').get(relationshipAttribute(reference)!)!.target}`;
    const paragraphs = wordElements(threePage.xml(footer), 'p');
    expect(paragraphText(paragraphs[0]!)).toBe('Coalition pour la Cour pénale internationale · La Haye · New York');
    expect(wordElements(paragraphs[1]!, 'instrText').map((instruction) => instruction.textContent!.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(paragraphText(paragraphs[1]!)).toBe('Page  sur ');
    expect(wordElements(paragraphs[1]!, 'fldChar').map((field) => wordAttribute(field, 'fldCharType'))).toEqual([
      'begin',
      'separate',
      'end',
      'begin',
      'separate',
      'end',
    ]);
  });

  it('starts a page for a hard page break without an empty paragraph', () => {
    const annex = paragraphWithText(everyBlock, 'Annex: organizations supporting this letter');
    expect(wordElements(annex, 'pageBreakBefore')).toHaveLength(1);
    const before = bodyParagraphs(everyBlock).slice(0, bodyParagraphs(everyBlock).indexOf(annex));
    expect(paragraphText(before.filter((paragraph) => paragraphText(paragraph) !== '').at(-1)!)).toBe('Coalition for Atrocity Prevention');
  });

  it('sets the signatory list heading and count across the page, then the entries in newspaper columns in a continuous section', () => {
    const all = sections(threePage);
    // The list ends the letter: no one-column section (and no empty paragraph) after it.
    expect(all).toHaveLength(2);
    expect(wordValue(all[1]!, 'type')).toBe('continuous');
    expect(wordValue(all[1]!, 'cols', 'num')).toBe('3');
    const paragraphs = bodyParagraphs(threePage);
    const entries = paragraphs.filter((paragraph) => paragraphStyle(paragraph) === 'SignatoryList');
    expect(entries.map(paragraphText)).toEqual(ONE_HUNDRED_TWENTY_SIGNATORIES);
    const heading = paragraphWithText(threePage, 'Organisations signataires');
    const count = paragraphWithText(threePage, '120 organisations');
    // The one-column section ends with the count line (its sectPr), kept with the first entries; the columns end with the last entry.
    const closing = paragraphWithText(threePage, 'Veuillez agréer, Excellence, l’expression de notre très haute considération.');
    expect(wordElements(closing, 'keepNext')).toHaveLength(1);
    expect(paragraphs.indexOf(closing) + 1).toBe(paragraphs.indexOf(heading));
    expect(paragraphs.indexOf(heading) + 1).toBe(paragraphs.indexOf(count));
    expect(paragraphs.indexOf(count) + 1).toBe(paragraphs.indexOf(entries[0]!));
    expect(wordElements(count, 'sectPr')).toHaveLength(1);
    expect(wordElements(heading, 'sectPr')).toHaveLength(0);
    expect(paragraphs.at(-1)).toBe(entries.at(-1));
    expect(
      wordElements(spanish.xml('word/document.xml'), 'cols').every(
        (columns) => wordAttribute(columns, 'num') !== '2' && wordAttribute(columns, 'num') !== '3',
      ),
    ).toBe(true);
  });

  it('writes signature blocks as a borderless table whose rows never split, kept with the closing line', () => {
    const table = wordElements(spanish.xml('word/document.xml'), 'tbl')[0]!;
    const borders = wordElements(table, 'tblBorders')[0]!;
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(wordValue(borders, side)).toBe('none');
    const rows = wordElements(table, 'tr');
    // A row as high as the space for handwritten signatures, then the signers under their rules (cell top borders).
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(wordElements(row, 'cantSplit')).toHaveLength(1);
    expect(wordValue(rows[0]!, 'trHeight', 'hRule')).toBe('exact');
    const signerCells = wordElements(rows[1]!, 'tc').filter((cell) => wordElements(cell, 'top').some((top) => wordAttribute(top, 'val') === 'single'));
    expect(signerCells.map((cell) => wordElements(cell, 'p').map(paragraphText))).toEqual([
      ['Ana María Quispe', 'Coordinadora', 'Red Latinoamericana por la Justicia'],
      ['Iñaki Ibáñez', 'Secretario', 'Fundación Memoria y Verdad'],
      ['Lucía Peña', 'Centro de Estudios Penales'],
    ]);
    expect(wordElements(paragraphWithText(spanish, 'Atentamente,'), 'keepNext')).toHaveLength(1);
    const fourSigners: LetterIR = {
      ...SPANISH_GROUPED_LETTER,
      blocks: [
        {
          kind: 'signatureBlock',
          signers: ['Ana', 'Berta', 'Carla', 'Dora'].map((name) => ({ name, title: 'Directora', organization: 'Red' })),
        },
      ],
    };
    return renderLetterDocx(fourSigners)
      .then(readDocxPackage)
      .then((docx) => {
        const fourRows = wordElements(docx.xml('word/document.xml'), 'tr');
        const ruled = (row: Element): number => wordElements(row, 'tc').filter((cell) => wordElements(cell, 'top').length > 0).length;
        expect(fourRows.map(ruled)).toEqual([0, 2, 0, 2]);
        expect(fourRows.map((row) => wordElements(row, 'keepNext').length > 0)).toEqual([true, true, true, false]);
      });
  });

  it('writes a plain valid letter from an empty letterhead, an empty signatory list and no other block', async () => {
    const sparse: LetterIR = {
      ...SPANISH_GROUPED_LETTER,
      settings: {
        ...SPANISH_GROUPED_LETTER.settings,
        letterhead: { enabled: true, organization: ' ', addressLines: [], logoAssetId: null, placement: 'first-page' },
      },
      blocks: [{ kind: 'signatoryList', heading: '', countLine: '', columns: 3, groups: [{ title: '', entries: [] }] }],
    };
    const docx = await readDocxPackage(await renderLetterDocx(sparse));
    const all = sections(docx);
    expect(all).toHaveLength(1);
    expect(wordElements(all[0]!, 'headerReference')).toHaveLength(0);
    expect(wordElements(all[0]!, 'titlePg')).toHaveLength(0);
    expect(bodyParagraphs(docx).length).toBeGreaterThan(0);
    const empty = await readDocxPackage(await renderLetterDocx({ ...SPANISH_GROUPED_LETTER, blocks: [] }));
    expect(bodyParagraphs(empty)).toHaveLength(1);
  });

  it('keeps lists nested deeper than Word allows at its ninth level', async () => {
    let list: IRBlock = {
      kind: 'list',
      ordered: false,
      start: 1,
      items: [{ blocks: [{ kind: 'paragraph', align: 'left', runs: [{ text: 'level 11' }] }] }],
    };
    for (let depth = 10; depth >= 1; depth -= 1) {
      list = {
        kind: 'list',
        ordered: depth % 2 === 0,
        start: 1,
        items: [{ blocks: [{ kind: 'paragraph', align: 'left', runs: [{ text: `level ${depth}` }] }, list] }],
      };
    }
    const docx = await readDocxPackage(await renderLetterDocx({ ...SPANISH_GROUPED_LETTER, blocks: [list] }));
    const levels = bodyParagraphs(docx)
      .filter((paragraph) => paragraphText(paragraph).startsWith('level'))
      .map((paragraph) => wordValue(paragraph, 'ilvl'));
    expect(levels).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '8', '8']);
  });

  it('refuses a block kind it has no mapping for, naming it', async () => {
    const unknown = { kind: 'footnote', runs: [] } as unknown as IRBlock;
    await expect(renderLetterDocx({ ...SPANISH_GROUPED_LETTER, blocks: [unknown] })).rejects.toThrow(
      'no mapping for the letter block kind "footnote"',
    );
  });
});

describe('renderCombinedDocx', () => {
  it('writes a section per letter, each restarting page numbers, with "Page X of Y" counting that letter only', () => {
    const all = sections(combined);
    const letterStarts = all.filter((section) => wordValue(section, 'type') === 'nextPage');
    expect(letterStarts).toHaveLength(3);
    for (const start of letterStarts) expect(wordValue(start, 'pgNumType', 'start')).toBe('1');
    const relationships = partRelationships(combined, 'word/document.xml');
    const bookmarks = wordElements(combined.xml('word/document.xml'), 'bookmarkStart').map((bookmark) => wordAttribute(bookmark, 'name'));
    letterStarts.forEach((start, index) => {
      const reference = wordElements(start, 'footerReference').find((candidate) => wordAttribute(candidate, 'type') === 'default')!;
      const footer = combined.xml(`word/${relationships.get(relationshipAttribute(reference)!)!.target}`);
      const instructions = wordElements(footer, 'instrText').map((instruction) => instruction.textContent!.trim());
      expect(instructions[0]).toBe('PAGE');
      expect(instructions[1]).toMatch(new RegExp(`^PAGEREF letter_${index + 1}_end`));
      expect(bookmarks).toContain(`letter_${index + 1}_end`);
    });
    const paragraphs = bodyParagraphs(combined).map(paragraphText);
    expect(paragraphs.indexOf('Your Excellency,')).toBeLessThan(paragraphs.indexOf('Excellence,'));
    expect(paragraphs.indexOf('Excellence,')).toBeLessThan(paragraphs.indexOf('Señora Ministra:'));
  });

  it('names the recipient whose letter cannot be written', async () => {
    const broken = { ...SPANISH_GROUPED_LETTER, blocks: [{ kind: 'footnote' } as unknown as IRBlock] };
    await expect(
      renderCombinedDocx([
        { label: 'Panamá', ir: SPANISH_GROUPED_LETTER },
        { label: 'Perú', ir: broken },
      ]),
    ).rejects.toThrow('The DOCX letter for Perú could not be written');
  });

  it('asks for at least one letter', async () => {
    await expect(renderCombinedDocx([])).rejects.toBeInstanceOf(UserError);
  });
});
