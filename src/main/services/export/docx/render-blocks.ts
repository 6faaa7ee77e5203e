import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  PageBreak,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
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
import type { FontFamily } from '../../../../shared/model/page-settings';
import { loadFontFace } from '../pdf/load-font-face';
import { keepHeadingEndTogether } from './keep-heading-end-together';
import { letterMetrics } from '../letter-metrics';
import { STYLE_ALIGNMENTS, STYLE_IDS } from './letter-styles';
import { listIndentTwips, listNumberingDefinition } from './list-numbering-definition';
import { renderRuns } from './render-runs';
import { runLanguage, type RunContext } from './run-language';
import { textRunsByScript } from './text-runs-by-script';

/** The state the block mappings share while walking one letter. */
export interface BlockContext extends RunContext {
  font: string;
  /** The bundled family the font is, for measuring a heading as Word will set it. */
  fontFamily: FontFamily;
  /** Width between the margins, in twips, for tables. */
  textWidthTwips: number;
  /** Body size and leading, for the signature block's spaces. */
  metrics: ReturnType<typeof letterMetrics>;
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

/** A paragraph's alignment as direct formatting only where its style does not already give it. */
function alignmentFor(style: string, align: TextAlignment): IParagraphOptions['alignment'] {
  return (STYLE_ALIGNMENTS[style] ?? 'left') === align ? undefined : ALIGNMENTS[align];
}

function renderParagraph(block: IRParagraph, context: BlockContext): FileChild[] {
  const style = context.inQuote ? STYLE_IDS.quote : block.align === 'justify' ? STYLE_IDS.bodyText : STYLE_IDS.normal;
  return [
    paragraph(
      {
        style,
        alignment: alignmentFor(style, block.align),
        children: renderRuns(block.runs, context),
      },
      context,
    ),
  ];
}

/** A heading's width in points, in its bold face and size: fontkit's layout of the family's own file, kerning included. */
function headingWidth(text: string, level: 1 | 2, context: BlockContext): number {
  const { font } = loadFontFace(`${context.fontFamily}-bold`);
  return (font.layout(text).advanceWidth / font.unitsPerEm) * context.metrics.heading[level].sizePt;
}

function renderHeading(block: IRHeading, context: BlockContext): FileChild[] {
  const style = block.level === 1 ? STYLE_IDS.heading1 : STYLE_IDS.heading2;
  const lineWidth = context.textWidthTwips / TWIPS_PER_POINT;
  const runs = keepHeadingEndTogether(block.runs, (text) => headingWidth(text, block.level, context), lineWidth);
  return [
    paragraph(
      {
        style,
        alignment: alignmentFor(style, block.align === 'justify' ? 'left' : block.align),
        children: renderRuns(runs, context),
      },
      context,
    ),
  ];
}

const TWIPS_PER_POINT = 20;

/** Word has nine list levels (0-8); deeper lists stay at the last. */
const MAX_LIST_LEVEL = 8;

function renderList(block: IRList, context: BlockContext): FileChild[] {
  const definition = listNumberingDefinition(block.ordered, block.start, context.font);
  const instance = context.nextListInstance();
  const level = Math.min(context.listLevel, MAX_LIST_LEVEL);
  const style = block.ordered ? STYLE_IDS.listNumber : STYLE_IDS.listBullet;
  const children: FileChild[] = [];
  // The list's last paragraph is followed by the body's paragraph gap, not the gap between items.
  const closing = context.listLevel === 0 ? block.items.at(-1)?.blocks.at(-1) : undefined;
  const spacingAfter = (inner: IRBlock): IParagraphOptions['spacing'] =>
    inner === closing ? { after: Math.round(context.metrics.paragraphGap * TWIPS_PER_POINT) } : undefined;
  for (const item of block.items) {
    let numbered = false;
    for (const inner of item.blocks) {
      if ((inner.kind === 'paragraph' || inner.kind === 'heading') && !numbered) {
        numbered = true;
        children.push(
          paragraph(
            {
              style,
              alignment: alignmentFor(style, inner.align),
              numbering: { reference: definition, level, instance, custom: true },
              spacing: spacingAfter(inner),
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
              alignment: alignmentFor(style, inner.align),
              indent: { left: listIndentTwips(level) },
              spacing: spacingAfter(inner),
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

/** The heading and count line of a signatory list: above the columns, across the page, kept with the first entries. */
export function renderSignatoryListHead(block: IRSignatoryList, context: BlockContext): Paragraph[] {
  const head: Paragraph[] = [];
  if (block.heading.trim())
    head.push(paragraph({ style: STYLE_IDS.heading2, children: renderRuns([{ text: block.heading }], context) }, context));
  if (block.countLine.trim())
    head.push(paragraph({ style: STYLE_IDS.signatoryCount, children: renderRuns([{ text: block.countLine }], context) }, context));
  return head;
}

/** The entries of a signatory list, one "Signatory List" paragraph each, under their group titles. */
export function renderSignatoryListEntries(block: IRSignatoryList, context: BlockContext): Paragraph[] {
  const entries: Paragraph[] = [];
  const entryStyle = block.columns === 1 ? STYLE_IDS.signatoryListWide : STYLE_IDS.signatoryList;
  for (const group of block.groups) {
    if (group.title.trim())
      entries.push(paragraph({ style: STYLE_IDS.signatoryGroup, children: renderRuns([{ text: group.title }], context) }, context));
    for (const entry of group.entries)
      entries.push(paragraph({ style: entryStyle, children: renderRuns([{ text: entry }], context) }, context));
  }
  return entries;
}

function renderSignatoryList(block: IRSignatoryList, context: BlockContext): FileChild[] {
  return [...renderSignatoryListHead(block, context), ...renderSignatoryListEntries(block, context)];
}

/**
 * Signers side by side in a borderless table, as the PDF sets them: for each row of signers, an empty row as high as
 * the space left for handwritten signatures, then a row whose signer cells carry a top border, the signature rule, as
 * wide as the PDF's; the cells between keep the PDF's gap. Rows never split, and every row stays with the next.
 */
function renderSignatureBlock(block: IRSignatureBlock, context: BlockContext): FileChild[] {
  const { metrics } = context;
  const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);
  const signers = block.signers;
  const perRow = signers.length === 4 ? 2 : signers.length;
  const textWidth = context.textWidthTwips / TWIPS_PER_POINT;
  const gap = metrics.signature.gap;
  const cellWidth = signers.length === 1 ? textWidth / 2 : (textWidth - gap * (perRow - 1)) / perRow;
  const ruleWidth = Math.min(cellWidth, metrics.signature.ruleWidth);
  // Per signer a ruled cell, then a spacer to the next signer's cell (the last spacer fills the line).
  const columnWidths: number[] = [];
  for (let column = 0; column < perRow; column++) {
    columnWidths.push(twips(ruleWidth));
    if (column < perRow - 1) columnWidths.push(twips(cellWidth - ruleWidth + gap));
  }
  const used = columnWidths.reduce((total, width) => total + width, 0);
  if (context.textWidthTwips - used > 0) columnWidths.push(context.textWidthTwips - used);
  const rule = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;
  const spacerParagraph = (keepNext: boolean): Paragraph => new Paragraph({ style: STYLE_IDS.signature, keepNext: keepNext || undefined });
  const rows: TableRow[] = [];
  for (let first = 0; first < signers.length; first += perRow) {
    const lastRow = first + perRow >= signers.length;
    // Space above the rule: from the closing (its own gap given) or from the row of signers above.
    const above = first === 0 ? metrics.signature.spaceBefore + metrics.signature.signingSpace - metrics.paragraphGap : metrics.lineHeight + metrics.signature.signingSpace;
    rows.push(
      new TableRow({
        cantSplit: true,
        height: { value: twips(above), rule: HeightRule.EXACT },
        children: columnWidths.map((width) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [spacerParagraph(true)] })),
      }),
    );
    const cells: TableCell[] = [];
    signers.slice(first, first + perRow).forEach((signer, index) => {
      const lines = [
        { text: signer.name, bold: true },
        { text: signer.title, bold: false },
        { text: signer.organization, bold: false },
      ].filter((line) => line.text.trim() !== '');
      const children = lines.map(
        (line, lineIndex) =>
          new Paragraph({
            style: STYLE_IDS.signature,
            keepNext: !lastRow || undefined,
            spacing: lineIndex === 0 ? { before: twips(metrics.signature.ruleToName) } : undefined,
            children: textRunsByScript(line.text, { bold: line.bold || undefined, language: runLanguage(context) }),
          }),
      );
      cells.push(
        new TableCell({
          width: { size: columnWidths[index * 2]!, type: WidthType.DXA },
          borders: { top: rule },
          children: children.length > 0 ? children : [spacerParagraph(!lastRow)],
        }),
      );
      if (index * 2 + 1 < columnWidths.length) {
        cells.push(new TableCell({ width: { size: columnWidths[index * 2 + 1]!, type: WidthType.DXA }, children: [spacerParagraph(!lastRow)] }));
      }
    });
    for (let column = cells.length; column < columnWidths.length; column++) {
      cells.push(new TableCell({ width: { size: columnWidths[column]!, type: WidthType.DXA }, children: [spacerParagraph(!lastRow)] }));
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return [
    ...flushPageBreak(context),
    new Table({
      rows,
      borders: TableBorders.NONE,
      layout: TableLayoutType.FIXED,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      width: { size: context.textWidthTwips, type: WidthType.DXA },
      columnWidths,
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
