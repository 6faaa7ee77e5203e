import {
  Bookmark,
  Header,
  convertMillimetersToTwip,
  LineRuleType,
  PageOrientation,
  Paragraph,
  SectionType,
  type FileChild,
  type ISectionOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { IRBlock, LetterIR } from '../../../../shared/document/letter-ir';
import { FONT_FAMILIES, PAPER_SIZES, type PageSettings } from '../../../../shared/model/page-settings';
import { letterFooter } from './letter-footer';
import { letterheadHeader } from './letterhead-header';
import { STYLE_IDS } from './letter-styles';
import { letterMetrics } from '../letter-metrics';
import { flushPageBreak, renderBlock, renderSignatoryListEntries, renderSignatoryListHead, type BlockContext } from './render-blocks';

const HEADER_DISTANCE_MM = 12;

/** Options for the sections of one letter. */
export interface LetterSectionOptions {
  /** Bookmark at the letter's end, for "Page X of Y" in a combined file; null for a letter alone. */
  endBookmark: string | null;
  /** The language of the document's styles; a letter in another language sets its own on each run. */
  documentLocale: string;
  nextListInstance: () => number;
}

function pageProperties(settings: PageSettings): NonNullable<ISectionPropertiesOptions['page']> {
  const paper = PAPER_SIZES[settings.paperSize];
  const margins = settings.marginsMm;
  return {
    size: {
      width: convertMillimetersToTwip(paper.widthMm),
      height: convertMillimetersToTwip(paper.heightMm),
      orientation: PageOrientation.PORTRAIT,
    },
    margin: {
      top: convertMillimetersToTwip(margins.top),
      right: convertMillimetersToTwip(margins.right),
      bottom: convertMillimetersToTwip(margins.bottom),
      left: convertMillimetersToTwip(margins.left),
      header: convertMillimetersToTwip(Math.min(HEADER_DISTANCE_MM, margins.top / 2)),
      footer: convertMillimetersToTwip(Math.min(HEADER_DISTANCE_MM, margins.bottom / 2)),
      gutter: 0,
    },
  };
}

/**
 * The Word sections of one letter: the first carries page size, margins, letterhead and footer and restarts page
 * numbering at 1; a signatory list in columns (heading, count and entries) gets a continuous section with columns,
 * and the letter carries on in a continuous one-column section that inherits the headers and footers.
 */
export function letterSections(ir: LetterIR, options: LetterSectionOptions): ISectionOptions[] {
  const page = pageProperties(ir.settings);
  const paper = PAPER_SIZES[ir.settings.paperSize];
  const context: BlockContext = {
    languageOverride: ir.meta.locale === options.documentLocale ? undefined : ir.meta.locale,
    font: FONT_FAMILIES[ir.settings.fontFamily].label,
    fontFamily: ir.settings.fontFamily,
    textWidthTwips: convertMillimetersToTwip(paper.widthMm - ir.settings.marginsMm.left - ir.settings.marginsMm.right),
    metrics: letterMetrics(ir.settings),
    nextListInstance: options.nextListInstance,
    pageBreakPending: false,
    keepWithNext: false,
    listLevel: 0,
    inQuote: false,
  };
  const { letterhead } = ir.settings;
  const showsLetterhead =
    letterhead.enabled &&
    (ir.logo !== null || letterhead.organization.trim() !== '' || letterhead.addressLines.some((line) => line.trim() !== ''));
  const firstPageOnly = showsLetterhead && letterhead.placement === 'first-page';
  const footer = letterFooter(ir, options.endBookmark, context);
  const sections: ISectionOptions[] = [];
  let current: { properties: ISectionPropertiesOptions; children: FileChild[] } = {
    properties: {
      page: { ...page, pageNumbers: { start: 1 } },
      type: SectionType.NEXT_PAGE,
      titlePage: firstPageOnly || undefined,
    },
    children: [],
  };
  const headers = showsLetterhead
    ? firstPageOnly
      ? { first: letterheadHeader(ir, context), default: new Header({ children: [new Paragraph({ style: STYLE_IDS.header })] }) }
      : { default: letterheadHeader(ir, context) }
    : undefined;
  const footers = firstPageOnly ? { first: footer, default: letterFooter(ir, options.endBookmark, context) } : { default: footer };
  sections.push({ ...current, headers, footers });
  const columnGap = Math.round(context.metrics.columnGap * 20);
  const continuation = (columns: number): typeof current => ({
    properties: { page, type: SectionType.CONTINUOUS, column: { count: columns, space: columnGap, equalWidth: true } },
    children: [],
  });
  /** What ends a letter: the closing and the paragraph before it stay on its page (keep with next; widow control keeps two lines). */
  const endsLetter = (block: IRBlock | undefined): boolean =>
    block?.kind === 'signatureBlock' || (block?.kind === 'signatoryList' && block.groups.some((group) => group.entries.length > 0));
  for (const [index, block] of ir.blocks.entries()) {
    if (block.kind === 'signatoryList' && block.columns > 1 && block.groups.some((group) => group.entries.length > 0)) {
      // The heading and count span the columns, in the one-column section before them.
      current.children.push(...renderSignatoryListHead(block, context));
      if (current.children.length === 0) current.children.push(new Paragraph({ spacing: { after: 0 } }));
      current = continuation(block.columns);
      sections.push(current);
      current.children.push(...renderSignatoryListEntries(block, context));
      // A letter alone ends with its columns; in a combined file a one-column section after them holds the end bookmark.
      if (index < ir.blocks.length - 1 || options.endBookmark) {
        current = continuation(1);
        sections.push(current);
      }
      continue;
    }
    context.keepWithNext = block.kind === 'paragraph' && (endsLetter(ir.blocks[index + 1]) || (ir.blocks[index + 1]?.kind === 'paragraph' && endsLetter(ir.blocks[index + 2])));
    current.children.push(...renderBlock(block, context));
    context.keepWithNext = false;
  }
  current.children.push(...flushPageBreak(context));
  const lastChild = current.children.at(-1);
  if (options.endBookmark || !lastChild || !(lastChild instanceof Paragraph)) {
    // A tiny closing paragraph: it holds the end bookmark and ends the section after columns or a table.
    const bookmark = options.endBookmark ? [new Bookmark({ id: options.endBookmark, children: [] })] : [];
    current.children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: bookmark }));
  }
  return sections;
}
