import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocx, type ImportedDocx } from '../../../../../src/main/services/docx-import/import-docx';
import { findLetterSchemaProblems, forEachLetterNode, type LetterNode } from '../../../../../src/shared/document/letter-document';
import { UserError } from '../../../../../src/shared/model/user-error';

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A Word letter with every structure the import keeps, and three it cannot: a table, an image and a comment. */
async function buildLetterDocx(): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [{ reference: 'asks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    comments: {
      children: [{ id: 0, author: 'Reviewer', date: new Date('2026-01-05T10:00:00Z'), children: [new Paragraph('Check this figure.')] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Joint letter on civic space', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Our concerns', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'A detail heading', heading: HeadingLevel.HEADING_3 }),
          new Paragraph({
            children: [
              new TextRun('Dear Minister, we write with '),
              new TextRun({ text: 'urgent', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'serious', italics: true }),
              new TextRun(' concerns, '),
              new TextRun({ text: 'underlined here', underline: {} }),
              new TextRun('. See '),
              new ExternalHyperlink({
                link: 'https://example.org/report',
                children: [new TextRun({ text: 'our report', style: 'Hyperlink' })],
              }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ text: 'Protect defenders', bullet: { level: 0 } }),
          new Paragraph({ text: 'including journalists', bullet: { level: 1 } }),
          new Paragraph({ text: 'Repeal the law', bullet: { level: 0 } }),
          new Paragraph({ text: 'First ask', numbering: { reference: 'asks', level: 0 } }),
          new Paragraph({ text: 'Second ask', numbering: { reference: 'asks', level: 0 } }),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('Figures for 2025 follow.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [new TableCell({ children: [new Paragraph('Country')] }), new TableCell({ children: [new Paragraph('Cases')] })],
              }),
              new TableRow({
                children: [new TableCell({ children: [new Paragraph('Kenya')] }), new TableCell({ children: [new Paragraph('12')] })],
              }),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: ONE_PIXEL_PNG, transformation: { width: 20, height: 20 } })] }),
          new Paragraph('Yours sincerely,'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function blocks(imported: ImportedDocx): LetterNode[] {
  return imported.doc.content ?? [];
}

function textOf(node: LetterNode): string {
  const parts: string[] = [];
  forEachLetterNode(node, (child) => child.text && parts.push(child.text));
  return parts.join('');
}

describe('importDocx', () => {
  let imported: ImportedDocx;
  beforeAll(async () => {
    imported = await importDocx(await buildLetterDocx(), 'civic-space.docx');
  });

  it('makes a letter that fits the schema', () => {
    expect(findLetterSchemaProblems(imported.doc)).toEqual([]);
  });

  it('keeps headings, with levels below 2 raised to 2', () => {
    const headings = blocks(imported).filter((block) => block.type === 'heading');
    expect(headings.map((heading) => [heading.attrs?.level, textOf(heading)])).toEqual([
      [1, 'Joint letter on civic space'],
      [2, 'Our concerns'],
      [2, 'A detail heading'],
    ]);
  });

  it('keeps bold, italic, underline and links in a paragraph', () => {
    const paragraph = blocks(imported).find((block) => textOf(block).startsWith('Dear Minister'))!;
    const marked = (type: string) =>
      paragraph.content!.filter((node) => node.marks?.some((mark) => mark.type === type)).map((node) => node.text);
    expect(marked('bold')).toEqual(['urgent']);
    expect(marked('italic')).toEqual(['serious']);
    expect(marked('underline')).toContain('underlined here');
    const link = paragraph.content!.find((node) => node.marks?.some((mark) => mark.type === 'link'))!;
    expect(link.text).toBe('our report');
    expect(link.marks!.find((mark) => mark.type === 'link')!.attrs).toEqual({ href: 'https://example.org/report' });
  });

  it('keeps bulleted lists with their nesting, and numbered lists', () => {
    const bullets = blocks(imported).find((block) => block.type === 'bulletList')!;
    expect(bullets.content!.map((item) => textOf(item.content![0]!))).toEqual(['Protect defenders', 'Repeal the law']);
    const nested = bullets.content![0]!.content![1]!;
    expect(nested.type).toBe('bulletList');
    expect(textOf(nested)).toBe('including journalists');
    const numbered = blocks(imported).find((block) => block.type === 'orderedList')!;
    expect(numbered.content!.map((item) => textOf(item))).toEqual(['First ask', 'Second ask']);
  });

  it('keeps the words of a table as paragraphs and lists what it could not keep', () => {
    const texts = blocks(imported).map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['Country', 'Cases', 'Kenya', '12', 'Figures for 2025 follow.', 'Yours sincerely,']));
    expect(imported.notKept).toHaveLength(4);
    expect(imported.notKept[0]).toMatch(/^1 table:/);
    expect(imported.notKept[1]).toMatch(/^1 image:/);
    expect(imported.notKept[2]).toBe('1 comment.');
    expect(imported.notKept[3]).toMatch(/^1 heading below level 2/);
  });

  it('refuses a file that is not a Word document, naming it', async () => {
    await expect(importDocx(Buffer.from('name,country\nAmnesty,UK\n'), 'signatories.csv')).rejects.toThrow(UserError);
    await expect(importDocx(Buffer.from('name,country\nAmnesty,UK\n'), 'signatories.csv')).rejects.toThrow(
      /"signatories.csv" is not a valid Word document \(\.docx\) \(it is not a zip archive\)/,
    );
  });
});
