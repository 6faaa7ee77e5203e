import type { IRBlock, IRList, IRRun, IRSignatoryList, IRSignatureBlock } from '../../../../shared/document/letter-ir';
import type { TextAlignment } from '../../../../shared/document/nodes';
import type { ColumnUnit, FlowBox, FlowElement } from './flow-types';
import { layoutParagraphLines, type ParagraphLine, type StyledSpan } from './layout-paragraph-lines';
import { LINK_COLOR, MUTED_COLOR, RULE_COLOR, UNRESOLVED_FIELD_HIGHLIGHT, type LayoutItem } from './layout-types';
import { letterMetrics } from '../letter-metrics';
import { moveLayoutItem } from './move-layout-item';
import { createStructureElement, type StructureElement } from './structure-element';
import type { TypesetContext } from './typeset-context';

/** Where a run of blocks is set: its left edge on the page and its width, in points. */
interface Region {
  left: number;
  measure: number;
  listDepth: number;
  /** Space between paragraphs here (smaller inside list items). */
  paragraphGap: number;
  /** The structure element the blocks here belong to. */
  structure: StructureElement;
}

const BULLETS = ['•', '–', '•'] as const;
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

function toAlphabetic(value: number): string {
  let text = '';
  for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text;
  return text;
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let text = '';
  let rest = value;
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}

function listMarker(list: IRList, index: number, depth: number): string {
  if (!list.ordered) return BULLETS[depth % BULLETS.length]!;
  const number = list.start + index;
  const style = depth % 3;
  if (style === 1 && number > 0) return toAlphabetic(number) + '.';
  if (style === 2 && number > 0) return toRoman(number) + '.';
  return number + '.';
}

/** Gives the text and images among items that belong to no element yet to `element`. */
function tagItems(items: LayoutItem[], element: StructureElement): void {
  for (const item of items) if ((item.kind === 'text' || item.kind === 'image') && item.structure === undefined) item.structure = element;
}

/**
 * Builds the vertical flow of a letter's blocks: lines, lists, quotes, columns and signatures, each
 * set at its width. The blocks' structure elements (headings, paragraphs, lists, the signature
 * table) are added under `structure` in the letter's order, and every item points to its element.
 */
export function buildLetterFlow(
  blocks: IRBlock[],
  context: TypesetContext,
  left: number,
  measure: number,
  structure: StructureElement,
): FlowElement[] {
  const flow: FlowElement[] = [];
  const size = context.sizePt;
  const lineHeight = context.lineHeight;
  const metrics = letterMetrics({ fontSizePt: size, lineSpacing: context.lineSpacing });
  const bodyGap = metrics.paragraphGap;
  let pendingSpace = 0;
  let pendingMarker: LayoutItem[] | null = null;
  /** The line boxes of the paragraphs set one after another since the last heading, list title or page break. */
  let paragraphsInRow: FlowBox[][] = [];

  const lastBox = (): FlowBox | undefined => {
    const last = flow[flow.length - 1];
    return last?.kind === 'box' ? last : undefined;
  };

  const spansOf = (
    runs: IRRun[],
    element: StructureElement,
    base: { bold?: boolean; sizePt?: number; color?: readonly [number, number, number] } = {},
  ): StyledSpan[] =>
    runs.map((run) => {
      const unresolved = run.unresolvedField !== undefined;
      const plain = context.style({
        bold: base.bold || run.bold,
        italic: run.italic,
        sizePt: base.sizePt,
        color: run.href ? LINK_COLOR : base.color,
      });
      const style =
        run.underline || run.href || unresolved
          ? {
              ...plain,
              underline: run.underline ?? false,
              href: run.href ?? null,
              highlight: unresolved ? UNRESOLVED_FIELD_HIGHLIGHT : null,
              structure: run.href ? createStructureElement('Link', element, { inline: true }) : undefined,
            }
          : plain;
      const text = unresolved ? `[${run.text || run.unresolvedField}]` : run.text.replace(/\t/g, ' ').replace(CONTROL_CHARACTERS, '');
      return { text: text.normalize('NFC'), style, hyphenate: run.merged !== true };
    });

  const addLines = (
    lines: ParagraphLine[],
    x: number,
    height: number,
    sizePt: number,
    spaceBefore: number,
    keepAll: boolean,
    element: StructureElement,
  ): FlowBox[] => {
    const boxes: FlowBox[] = [];
    const baseline = context.baselineOffset(height, sizePt);
    if (lines.length === 0)
      lines = [
        { x: 0, width: 0, naturalWidth: 0, spaceCount: 0, spaceWidth: 0, measure: 0, justified: false, hyphenated: false, items: [] },
      ];
    lines.forEach((line, index) => {
      tagItems(line.items, element);
      const items = line.items.map((item) => moveLayoutItem(item, x, baseline));
      if (index === 0 && pendingMarker) {
        for (const item of pendingMarker) items.push(moveLayoutItem(item, 0, baseline));
        pendingMarker = null;
      }
      const orphanOrWidow = lines.length >= 2 && (index === 0 || index === lines.length - 2);
      const box: FlowBox = {
        kind: 'box',
        height,
        spaceBefore: index === 0 ? Math.max(spaceBefore, pendingSpace) : 0,
        keepWithNext: keepAll || orphanOrWidow,
        items,
      };
      boxes.push(box);
      flow.push(box);
    });
    pendingSpace = 0;
    return boxes;
  };

  /**
   * What ends the letter (a signature block, a signatory list) never starts a page alone: a short closing
   * paragraph before it ("Yours sincerely,", "Signed,") stays with it, and so do at least the last two lines of
   * the paragraph before that, as a typesetter breaks earlier rather than strand a closing.
   */
  const keepClosingWithWhatFollows = (): void => {
    const closing = paragraphsInRow.at(-1);
    if (!closing) {
      const previous = lastBox();
      if (previous) previous.keepWithNext = true;
      return;
    }
    const kept = closing.length <= 2 ? [...(paragraphsInRow.at(-2)?.slice(-2) ?? []), ...closing] : closing.slice(-2);
    for (const box of kept) box.keepWithNext = true;
  };

  const addParagraph = (runs: IRRun[], align: TextAlignment, region: Region): void => {
    const element = createStructureElement('P', region.structure);
    const lines = layoutParagraphLines(spansOf(runs, element), { measure: region.measure, align, language: context.language });
    paragraphsInRow.push(addLines(lines, region.left, lineHeight, size, 0, false, element));
    pendingSpace = region.paragraphGap;
  };

  const addHeading = (runs: IRRun[], level: 1 | 2, align: TextAlignment, region: Region): void => {
    const { sizePt, lineHeight: height, spaceBefore, spaceAfter } = metrics.heading[level];
    const headingAlign = align === 'justify' ? 'left' : align;
    const element = createStructureElement(level === 1 ? 'H1' : 'H2', region.structure);
    const spans = spansOf(runs, element, { bold: true, sizePt });
    const setAt = (measure: number): ParagraphLine[] =>
      layoutParagraphLines(spans, { measure, align: headingAlign, language: context.language, hyphenate: false });
    let lines = setAt(region.measure);
    // A heading of several lines is balanced: the narrowest measure that keeps its number of lines, so its last line is not one stray word.
    if (lines.length > 1) {
      let narrow = region.measure * 0.5;
      let wide = region.measure;
      while (wide - narrow > 1) {
        const middle = (narrow + wide) / 2;
        if (setAt(middle).length > lines.length) narrow = middle;
        else wide = middle;
      }
      const shift = headingAlign === 'center' ? (region.measure - wide) / 2 : headingAlign === 'right' ? region.measure - wide : 0;
      lines = setAt(wide).map((line) => ({ ...line, items: line.items.map((item) => moveLayoutItem(item, shift, 0)) }));
    }
    addLines(lines, region.left, height, sizePt, spaceBefore, true, element);
    paragraphsInRow = [];
    pendingSpace = spaceAfter;
  };

  const addList = (list: IRList, region: Region): void => {
    const indent = size * 1.8;
    const listElement = createStructureElement('L', region.structure);
    list.items.forEach((item, index) => {
      const itemElement = createStructureElement('LI', listElement);
      const label = createStructureElement('Lbl', itemElement);
      const inner: Region = {
        left: region.left + indent,
        measure: region.measure - indent,
        listDepth: region.listDepth + 1,
        paragraphGap: lineHeight * 0.25,
        structure: createStructureElement('LBody', itemElement),
      };
      const markerLines = layoutParagraphLines([{ text: listMarker(list, index, region.listDepth), style: context.style() }], {
        measure: indent - size * 0.5,
        align: 'right',
        language: context.language,
      });
      const markerItems = markerLines[0]?.items ?? [];
      tagItems(markerItems, label);
      pendingMarker = markerItems.map((markerItem) => moveLayoutItem(markerItem, region.left, 0));
      addBlocks(item.blocks.length > 0 ? item.blocks : [{ kind: 'paragraph', align: 'left', runs: [] }], inner);
      pendingMarker = null;
    });
    pendingSpace = region.paragraphGap;
  };

  const addSignatoryList = (list: IRSignatoryList, region: Region): void => {
    if (list.groups.some((group) => group.entries.length > 0)) keepClosingWithWhatFollows();
    if (list.heading.trim() !== '') addHeading([{ text: list.heading }], 2, 'left', region);
    if (list.countLine.trim() !== '') {
      const element = createStructureElement('P', region.structure);
      const lines = layoutParagraphLines(spansOf([{ text: list.countLine, italic: true }], element, { color: MUTED_COLOR }), {
        measure: region.measure,
        align: 'left',
        language: context.language,
      });
      addLines(lines, region.left, lineHeight, size, 0, true, element);
      pendingSpace = lineHeight * 0.3;
    }
    const columnCount = list.columns;
    const gap = metrics.columnGap;
    const columnWidth = (region.measure - gap * (columnCount - 1)) / columnCount;
    const { sizePt: entrySize, lineHeight: entryLineHeight, gap: entryGap, groupSpaceBefore } = metrics.signatoryEntry(columnCount);
    const entryBaseline = context.baselineOffset(entryLineHeight, entrySize);
    const units: ColumnUnit[] = [];
    const unitOf = (lines: ParagraphLine[], spaceBefore: number, keepWithNext: boolean, element: StructureElement): ColumnUnit => ({
      height: lines.length * entryLineHeight,
      spaceBefore,
      keepWithNext,
      items: lines.flatMap((line, index) => {
        tagItems(line.items, element);
        return line.items.map((item) => moveLayoutItem(item, 0, entryBaseline + index * entryLineHeight));
      }),
    });
    // A list of entries; a grouped list is a list of groups, each labelled by its title with its entries as a list inside.
    const listElement = createStructureElement('L', region.structure);
    for (const group of list.groups) {
      let entriesElement = listElement;
      if (group.title.trim() !== '') {
        const groupElement = createStructureElement('LI', listElement);
        const label = createStructureElement('Lbl', groupElement);
        entriesElement = createStructureElement('L', createStructureElement('LBody', groupElement));
        const titleLines = layoutParagraphLines(
          [{ text: group.title.normalize('NFC'), style: context.style({ bold: true, sizePt: entrySize }) }],
          { measure: columnWidth, align: 'left', language: context.language },
        );
        units.push(unitOf(titleLines, groupSpaceBefore, true, label));
      }
      // A group title stays with its first two entries, as a heading does with its paragraph.
      const titled = group.title.trim() !== '' && group.entries.length >= 2;
      for (const [index, entry] of group.entries.entries()) {
        const lines = layoutParagraphLines([{ text: entry.normalize('NFC'), style: context.style({ sizePt: entrySize }) }], {
          measure: columnWidth,
          continuationIndent: entrySize,
          align: 'left',
          language: context.language,
        });
        if (lines.length > 0)
          units.push(
            unitOf(lines, entryGap, titled && index === 0, createStructureElement('LBody', createStructureElement('LI', entriesElement))),
          );
      }
    }
    if (units.length === 0) return;
    flow.push({
      kind: 'columns',
      spaceBefore: pendingSpace,
      left: region.left,
      columnCount,
      columnWidth,
      gap,
      units,
      minimumFirstUnits: 2 * columnCount,
    });
    paragraphsInRow = [];
    pendingSpace = bodyGap;
  };

  const addSignatureBlock = (block: IRSignatureBlock, region: Region): void => {
    const signers = block.signers;
    if (signers.length === 0) return;
    const perRow = signers.length === 4 ? 2 : signers.length;
    const { gap, signingSpace: signatureSpace, ruleToName, ruleWidth, spaceBefore: signatureSpaceBefore } = metrics.signature;
    const cellWidth = signers.length === 1 ? region.measure / 2 : (region.measure - gap * (perRow - 1)) / perRow;
    const baseline = context.baselineOffset(lineHeight, size);
    const items: LayoutItem[] = [];
    const table = createStructureElement('Table', region.structure);
    let rowTop = 0;
    for (let rowStart = 0; rowStart < signers.length; rowStart += perRow) {
      let rowHeight = 0;
      const row = createStructureElement('TR', table);
      signers.slice(rowStart, rowStart + perRow).forEach((signer, column) => {
        const x = region.left + column * (cellWidth + gap);
        const cell = createStructureElement('TD', row);
        items.push({ kind: 'rect', x, y: rowTop + signatureSpace, width: Math.min(cellWidth, ruleWidth), height: 0.5, color: RULE_COLOR });
        let y = rowTop + signatureSpace + ruleToName;
        const parts: [string, boolean][] = [
          [signer.name, true],
          [signer.title, false],
          [signer.organization, false],
        ];
        for (const [text, bold] of parts) {
          if (text.trim() === '') continue;
          const lines = layoutParagraphLines([{ text: text.normalize('NFC'), style: context.style({ bold }) }], {
            measure: cellWidth,
            align: 'left',
            language: context.language,
          });
          const element = createStructureElement('P', cell);
          for (const line of lines) {
            tagItems(line.items, element);
            for (const item of line.items) items.push(moveLayoutItem(item, x, y + baseline));
            y += lineHeight;
          }
        }
        rowHeight = Math.max(rowHeight, y - rowTop);
      });
      rowTop += rowHeight + lineHeight;
    }
    keepClosingWithWhatFollows();
    flow.push({
      kind: 'box',
      height: rowTop - lineHeight,
      spaceBefore: Math.max(pendingSpace, signatureSpaceBefore),
      keepWithNext: false,
      items,
    });
    paragraphsInRow = [];
    pendingSpace = bodyGap;
  };

  const addBlocks = (blocks: IRBlock[], region: Region): void => {
    for (const block of blocks) {
      switch (block.kind) {
        case 'paragraph':
          addParagraph(block.runs, block.align, region);
          break;
        case 'heading':
          addHeading(block.runs, block.level, block.align, region);
          break;
        case 'list':
          addList(block, region);
          break;
        case 'quote': {
          const indent = size * 2;
          pendingSpace = Math.max(pendingSpace, region.paragraphGap);
          addBlocks(block.blocks, {
            ...region,
            left: region.left + indent,
            measure: region.measure - 2 * indent,
            structure: createStructureElement('BlockQuote', region.structure),
          });
          pendingSpace = Math.max(pendingSpace, region.paragraphGap);
          break;
        }
        case 'pageBreak':
          paragraphsInRow = [];
          flow.push({ kind: 'pageBreak' });
          pendingSpace = 0;
          break;
        case 'signatoryList':
          addSignatoryList(block, region);
          break;
        case 'signatureBlock':
          addSignatureBlock(block, region);
          break;
        default: {
          const unknown: never = block;
          throw new Error(`The PDF exporter has no mapping for the block ${JSON.stringify(unknown)}`);
        }
      }
    }
  };

  addBlocks(blocks, { left, measure, listDepth: 0, paragraphGap: bodyGap, structure });
  return flow;
}
