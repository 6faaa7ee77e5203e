import {
  AlignmentType,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import type {
  IRBlock,
  IRBlockKind,
  IRHeading,
  IRList,
  IRParagraph,
  IRQuote,
  IRSignatoryList,
  IRSignatureBlock,
} from '../../../../shared/document/letter-ir';
import type { TextAlignment } from '../../../../shared/document/nodes';
import { STYLE_IDS } from './letter-styles';
import { listIndentTwips, listNumberingDefinition } from './list-numbering-definition';
import { renderRuns } from './render-runs';
import { runLanguage, type RunContext } from './run-language';

/** The state the block mappings share while walking one letter. */
export interface BlockContext extends RunContext {
  font: string;
  /** Width between the margins, in twips, for tables. */
  textWidthTwips: number;
  /** Gives each list its own Word list (w:num), so every list numbers from its own start. */
  nextListInstance: () => number;
  /** Set by a page break: the next paragraph starts a page (w:pageBreakBefore) rather than an empty one. */
  pageBreakPending: boolean;
  /** Set for the closing paragraph before a signature block, which stays on the signatures' page. */
  keepWithNext: boolean;
  listLevel: number;
  inQuote: boolean;
}

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<TextAlignment, string>;

/** Every paragraph is made here, so a pending page break lands on the first paragraph that follows it. */
function paragraph(options: IParagraphOptions, context: BlockContext): Paragraph {
  if (!context.pageBreakPending && !context.keepWithNext) return new Paragraph(options);
  const startsPage = context.pageBreakPending;
  context.pageBreakPending = false;
  return new Paragraph({ ...options, pageBreakBefore: startsPage || undefined, keepNext: context.keepWithNext || options.keepNext });
}

/** A page break that found no paragraph to start (before a table, or at the end): a paragraph holding a hard break. */
export function flushPageBreak(context: BlockContext): Paragraph[] {
  if (!context.pageBreakPending) return [];
  context.pageBreakPending = false;
  return [new Paragraph({ children: [new PageBreak()], spacing: { after: 0 } })];
}

function renderParagraph(block: IRParagraph, context: BlockContext): FileChild[] {
  return [
    paragraph(
      {
        style: context.inQuote ? STYLE_IDS.quote : undefined,
        alignment: ALIGNMENTS[block.align],
        children: renderRuns(block.runs, context),
      },
      context,
    ),
  ];
}

function renderHeading(block: IRHeading, context: BlockContext): FileChild[] {
  return [
    paragraph(
      {
        style: block.level === 1 ? STYLE_IDS.heading1 : STYLE_IDS.heading2,
        alignment: ALIGNMENTS[block.align],
        children: renderRuns(block.runs, context),
      },
      context,
    ),
  ];
}

/** Word has nine list levels (0-8); deeper lists stay at the last. */
const MAX_LIST_LEVEL = 8;

function renderList(block: IRList, context: BlockContext): FileChild[] {
  const definition = listNumberingDefinition(block.ordered, block.start, context.font);
  const instance = context.nextListInstance();
  const level = Math.min(context.listLevel, MAX_LIST_LEVEL);
  const style = block.ordered ? STYLE_IDS.listNumber : STYLE_IDS.listBullet;
  const children: FileChild[] = [];
  for (const item of block.items) {
    let numbered = false;
    for (const inner of item.blocks) {
      if ((inner.kind === 'paragraph' || inner.kind === 'heading') && !numbered) {
        numbered = true;
        children.push(
          paragraph(
            {
              style,
              alignment: ALIGNMENTS[inner.align],
              numbering: { reference: definition, level, instance, custom: true },
              // An item's lead line stays on the page of what it introduces (its nested list or next paragraph).
              keepNext: item.blocks.length > 1 || undefined,
              children: renderRuns(inner.runs, context),
            },
            context,
          ),
        );
      } else if (inner.kind === 'paragraph' || inner.kind === 'heading') {
        children.push(
          paragraph(
            {
              style,
              alignment: ALIGNMENTS[inner.align],
              indent: { left: listIndentTwips(level) },
              children: renderRuns(inner.runs, context),
            },
            context,
          ),
        );
      } else {
        context.listLevel = inner.kind === 'list' ? level + 1 : level;
        children.push(...renderBlock(inner, context));
        context.listLevel = level;
      }
    }
  }
  return children;
}

function renderQuote(block: IRQuote, context: BlockContext): FileChild[] {
  const wasInQuote = context.inQuote;
  context.inQuote = true;
  const children = block.blocks.flatMap((inner) => renderBlock(inner, context));
  context.inQuote = wasInQuote;
  return children;
}

function renderPageBreak(_block: IRBlock, context: BlockContext): FileChild[] {
  const pending = flushPageBreak(context);
  context.pageBreakPending = true;
  return pending;
}

/** The heading and count line of a signatory list. */
function renderSignatoryListHead(block: IRSignatoryList, context: BlockContext): Paragraph[] {
  const head: Paragraph[] = [];
  if (block.heading.trim())
    head.push(paragraph({ style: STYLE_IDS.heading2, children: renderRuns([{ text: block.heading }], context) }, context));
  if (block.countLine.trim())
    head.push(paragraph({ style: STYLE_IDS.signatoryCount, children: renderRuns([{ text: block.countLine }], context) }, context));
  return head;
}

/** The entries of a signatory list, one "Signatory List" paragraph each, under their group titles. */
function renderSignatoryListEntries(block: IRSignatoryList, context: BlockContext): Paragraph[] {
  const entries: Paragraph[] = [];
  for (const group of block.groups) {
    if (group.title.trim())
      entries.push(paragraph({ style: STYLE_IDS.signatoryGroup, children: renderRuns([{ text: group.title }], context) }, context));
    for (const entry of group.entries)
      entries.push(paragraph({ style: STYLE_IDS.signatoryList, children: renderRuns([{ text: entry }], context) }, context));
  }
  return entries;
}

function renderSignatoryList(block: IRSignatoryList, context: BlockContext): FileChild[] {
  return [...renderSignatoryListHead(block, context), ...renderSignatoryListEntries(block, context)];
}

/** Room above the first line for a handwritten signature (36 pt). */
const SIGNING_SPACE_TWIPS = 720;

/** Signers side by side in a borderless table whose rows never split and stay together on one page. */
function renderSignatureBlock(block: IRSignatureBlock, context: BlockContext): FileChild[] {
  const perRow = block.signers.length === 3 ? 3 : Math.min(2, block.signers.length);
  const cellWidth = Math.floor(context.textWidthTwips / Math.max(perRow, 2));
  const rows: TableRow[] = [];
  for (let first = 0; first < block.signers.length; first += perRow) {
    const lastRow = first + perRow >= block.signers.length;
    const signers = block.signers.slice(first, first + perRow);
    const cells = signers.map((signer) => {
      const lines = [
        { text: signer.name, bold: true },
        { text: signer.title, bold: false },
        { text: signer.organization, bold: false },
      ].filter((line) => line.text.trim() !== '');
      const children = lines.map(
        (line, index) =>
          new Paragraph({
            style: STYLE_IDS.signature,
            keepNext: !lastRow || undefined,
            spacing: index === 0 ? { before: SIGNING_SPACE_TWIPS } : undefined,
            children: [new TextRun({ text: line.text, bold: line.bold || undefined, language: runLanguage(context) })],
          }),
      );
      return new TableCell({
        width: { size: cellWidth, type: WidthType.DXA },
        children: children.length > 0 ? children : [new Paragraph({ style: STYLE_IDS.signature })],
      });
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  const columns = perRow;
  return [
    ...flushPageBreak(context),
    new Table({
      rows,
      borders: TableBorders.NONE,
      layout: TableLayoutType.FIXED,
      margins: { left: 0, right: 113, top: 0, bottom: 0 },
      width: { size: cellWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => cellWidth),
    }),
  ];
}

type BlockMapping<K extends IRBlockKind> = (block: Extract<IRBlock, { kind: K }>, context: BlockContext) => FileChild[];

/** One mapping per block kind, as TipTap's static renderer has one per node. */
const BLOCK_MAPPINGS: { [K in IRBlockKind]: BlockMapping<K> } = {
  paragraph: renderParagraph,
  heading: renderHeading,
  list: renderList,
  quote: renderQuote,
  pageBreak: renderPageBreak,
  signatoryList: renderSignatoryList,
  signatureBlock: renderSignatureBlock,
};

/** The Word content of one block; a kind without a mapping is a programmer error, named. */
export function renderBlock(block: IRBlock, context: BlockContext): FileChild[] {
  const mapping = (BLOCK_MAPPINGS as Record<string, BlockMapping<IRBlockKind> | undefined>)[block.kind];
  if (!mapping) throw new Error(`The DOCX exporter has no mapping for the letter block kind "${(block as { kind: unknown }).kind}".`);
  return mapping(block as never, context);
}
