import type { LetterIR } from '../../../../shared/document/letter-ir';
import { PAPER_SIZES, type LetterLanguage } from '../../../../shared/model/page-settings';
import { buildLetterFlow } from './build-letter-flow';
import { layoutParagraphLines } from './layout-paragraph-lines';
import { MUTED_COLOR, RULE_COLOR, type LayoutItem, type LetterLayout } from './layout-types';
import { paginateFlow } from './paginate-flow';
import { moveLayoutItem } from './move-layout-item';
import { createStructureElement, type StructureElement } from './structure-element';
import { createTypesetContext, type TypesetContext } from './typeset-context';

const POINTS_PER_MILLIMETRE = 72 / 25.4;

const PAGE_LABELS: Record<LetterLanguage, (page: number, count: number) => string> = {
  en: (page, count) => `Page ${page} of ${count}`,
  fr: (page, count) => `Page ${page} sur ${count}`,
  es: (page, count) => `Página ${page} de ${count}`,
};

const LOGO_DESCRIPTIONS: Record<LetterLanguage, (organization: string) => string> = {
  en: (organization) => (organization ? `Logo of ${organization}` : 'Logo'),
  fr: (organization) => (organization ? `Logo de ${organization}` : 'Logo'),
  es: (organization) => (organization ? `Logotipo de ${organization}` : 'Logotipo'),
};

interface Letterhead {
  items: LayoutItem[];
  /** Height taken from the top of the body area, gap below included. */
  height: number;
}

function layoutLetterhead(
  ir: LetterIR,
  context: TypesetContext,
  left: number,
  top: number,
  measure: number,
  structure: StructureElement,
): Letterhead | null {
  const letterhead = ir.settings.letterhead;
  if (!letterhead.enabled) return null;
  const logo = ir.logo;
  const lines = [letterhead.organization, ...letterhead.addressLines].filter((line) => line.trim() !== '');
  if (!logo && lines.length === 0) return null;
  const items: LayoutItem[] = [];
  let logoWidth = 0;
  let logoHeight = 0;
  if (logo && logo.widthPx > 0 && logo.heightPx > 0) {
    logoHeight = 18 * POINTS_PER_MILLIMETRE;
    logoWidth = (logoHeight * logo.widthPx) / logo.heightPx;
    const maximumWidth = Math.min(60 * POINTS_PER_MILLIMETRE, measure / 2);
    if (logoWidth > maximumWidth) {
      logoHeight *= maximumWidth / logoWidth;
      logoWidth = maximumWidth;
    }
    const alternative = LOGO_DESCRIPTIONS[context.language](letterhead.organization.trim().normalize('NFC'));
    items.push({
      kind: 'image',
      x: left,
      y: top,
      width: logoWidth,
      height: logoHeight,
      structure: createStructureElement('Figure', structure, { alternative }),
    });
  }
  const textMeasure = logoWidth > 0 ? measure - logoWidth - context.sizePt * 2 : measure;
  const align = logoWidth > 0 ? 'right' : 'left';
  let y = top;
  lines.forEach((text, index) => {
    const isOrganization = index === 0 && letterhead.organization.trim() !== '';
    const sizePt = isOrganization ? context.sizePt * 1.2 : context.sizePt * 0.85;
    const lineHeight = sizePt * 1.3;
    const style = context.style({ bold: isOrganization, sizePt, color: isOrganization ? undefined : MUTED_COLOR });
    const element = createStructureElement('P', structure);
    for (const line of layoutParagraphLines([{ text: text.normalize('NFC'), style }], {
      measure: textMeasure,
      align,
      language: context.language,
    })) {
      const baseline = y + context.baselineOffset(lineHeight, sizePt);
      for (const item of line.items) {
        if (item.kind === 'text') item.structure = element;
        items.push(moveLayoutItem(item, left + measure - textMeasure, baseline));
      }
      y += lineHeight;
    }
  });
  const contentBottom = Math.max(top + logoHeight, y) + context.sizePt * 0.5;
  items.push({ kind: 'rect', x: left, y: contentBottom, width: measure, height: 0.5, color: RULE_COLOR });
  return { items, height: contentBottom - top + context.lineHeight * 1.6 };
}

function layoutFooter(
  ir: LetterIR,
  context: TypesetContext,
  pageIndex: number,
  pageCount: number,
  left: number,
  measure: number,
  pageHeight: number,
  bottomMargin: number,
): LayoutItem[] {
  const footer = ir.settings.footer;
  const texts: string[] = [];
  if (footer.addressLine.trim() !== '') texts.push(footer.addressLine.normalize('NFC'));
  if (footer.pageNumbers) texts.push(PAGE_LABELS[context.language](pageIndex + 1, pageCount));
  if (texts.length === 0) return [];
  const sizePt = context.sizePt * 0.8;
  const lineHeight = sizePt * 1.35;
  const style = context.style({ sizePt, color: MUTED_COLOR });
  const lines = texts.flatMap((text) => layoutParagraphLines([{ text, style }], { measure, align: 'center', language: context.language }));
  const lastBaseline = pageHeight - Math.max(bottomMargin * 0.45, sizePt * 1.5);
  const firstBaseline = Math.max(lastBaseline - (lines.length - 1) * lineHeight, pageHeight - bottomMargin + sizePt);
  const items: LayoutItem[] = [];
  lines.forEach((line, index) => {
    for (const item of line.items) items.push(moveLayoutItem(item, left, firstBaseline + index * lineHeight));
  });
  return items;
}

/**
 * Lays out a letter into positioned pages: the page settings give the paper, margins, family,
 * size and leading; the letterhead sits at the top of the first or every page, the footer in
 * the bottom margin with "Page X of Y" once the page count is known. The layout's structure tree
 * holds the letterhead (its logo as a Figure with alternative text) and the body; the footer is
 * left out of it, to be drawn as a page artifact.
 */
export function layoutLetter(ir: LetterIR): LetterLayout {
  const settings = ir.settings;
  const paper = PAPER_SIZES[settings.paperSize];
  const widthPt = paper.widthMm * POINTS_PER_MILLIMETRE;
  const heightPt = paper.heightMm * POINTS_PER_MILLIMETRE;
  const margins = {
    top: settings.marginsMm.top * POINTS_PER_MILLIMETRE,
    right: settings.marginsMm.right * POINTS_PER_MILLIMETRE,
    bottom: settings.marginsMm.bottom * POINTS_PER_MILLIMETRE,
    left: settings.marginsMm.left * POINTS_PER_MILLIMETRE,
  };
  const measure = widthPt - margins.left - margins.right;
  const context = createTypesetContext(settings);
  const structure = createStructureElement('Document', null, { language: ir.meta.locale });
  const letterhead = layoutLetterhead(ir, context, margins.left, margins.top, measure, structure);
  const everyPage = settings.letterhead.placement === 'every-page';
  const hasLetterhead = (pageIndex: number): boolean => letterhead !== null && (everyPage || pageIndex === 0);
  const flow = buildLetterFlow(ir.blocks, context, margins.left, measure, structure);
  const bodies = paginateFlow(flow, (pageIndex) => ({
    top: margins.top + (hasLetterhead(pageIndex) ? letterhead!.height : 0),
    bottom: heightPt - margins.bottom,
  }));
  return {
    widthPt,
    heightPt,
    margins,
    structure,
    pages: bodies.map((body, pageIndex) => ({
      letterhead: hasLetterhead(pageIndex) ? letterhead!.items : [],
      body,
      footer: layoutFooter(ir, context, pageIndex, bodies.length, margins.left, measure, heightPt, margins.bottom),
    })),
  };
}
