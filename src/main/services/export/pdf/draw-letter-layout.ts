import { deflateSync } from 'node:zlib';
import { PDFHexString, PDFString, type PDFDocument, type PDFImage, type PDFPage } from '@cantoo/pdf-lib';
import type { FontSubsetEmbedder } from './create-font-subset-embedder';
import type { StructureRecorder } from './create-structure-recorder';
import type { LayoutItem, LayoutTextRun, LetterLayout, RgbColor } from './layout-types';
import type { StructureElement } from './structure-element';

/** What a stretch of content is marked as: content of a structure element, or an artifact. */
type Mark = StructureElement | 'artifact' | 'header' | 'footer';
/** Where an item is drawn: the letter's content, or a running header or footer (artifacts). */
type Section = 'content' | 'header' | 'footer';

const ARTIFACT_OPERATORS: Record<Exclude<Mark, StructureElement>, string> = {
  artifact: '/Artifact BMC\n',
  header: '/Artifact <</Type /Pagination /Subtype /Header>> BDC\n',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n',
};

/** Adjustments smaller than this (in thousandths of an em) are rounding, not kerning or spacing. */
const ADJUSTMENT_THRESHOLD = 0.01;

/** A number as PDF content writes it: at most three decimals, no trailing zeros. */
function formatNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function sameColor(first: RgbColor | null, second: RgbColor): boolean {
  return first !== null && first[0] === second[0] && first[1] === second[1] && first[2] === second[2];
}

function hex4(value: number): string {
  return value < 0x10
    ? '000' + value.toString(16)
    : value < 0x100
      ? '00' + value.toString(16)
      : value < 0x1000
        ? '0' + value.toString(16)
        : value.toString(16);
}

/**
 * The text-showing operators of a run: one TJ of CIDs in hex strings, split where kerning or
 * justification moves the next glyph. A mark moved sideways by shaping is placed with
 * adjustments around it, and one moved up or down with a text rise (Ts) in a TJ of its own. Each
 * glyph is drawn with the CID of its text, so no ActualText is needed. x and y are where the run
 * starts on the page.
 */
function showGlyphs(fonts: FontSubsetEmbedder, run: LayoutTextRun, x: number, y: number): string {
  const toThousandths = 1000 / run.sizePt;
  const { xOffsets, yOffsets, glyphTexts } = run;
  let operators = '';
  let array = '[<';
  let rise = 0;
  let pen = 0;
  let moved = false;
  const closeArray = (): void => {
    operators += array.endsWith('<') ? (array.length > 2 ? array.slice(0, -1) + '] TJ\n' : '') : array + '>] TJ\n';
    array = '[<';
  };
  for (let index = 0; index < run.glyphIds.length; index++) {
    const glyphRise = yOffsets ? yOffsets[index]! : 0;
    if (glyphRise !== rise) {
      closeArray();
      operators += `${formatNumber(glyphRise)} Ts\n`;
      rise = glyphRise;
    }
    const text = glyphTexts[index]!;
    const advance = run.advances[index]!;
    // Glyphs with a width that stand for nothing (the second half of a split Bengali vowel) lend it to the glyph before them, so no reader sees a gap.
    let lent = 0;
    if (text !== '') for (let next = index + 1; next < run.glyphIds.length && glyphTexts[next] === ''; next++) lent += run.advances[next]!;
    const cid = fonts.use(
      run.face,
      run.glyphIds[index]!,
      text,
      lent > 0 ? Math.round((advance + lent) * toThousandths * 100) / 100 : undefined,
    );
    if (text === '') {
      // pdf.js skips a glyph that stands for nothing together with the adjustment after it: such a glyph (an Arabic letter's dots) is placed
      // with a text matrix of its own instead, and the pen put back after it.
      closeArray();
      operators += `1 0 0 1 ${formatNumber(x + pen + (xOffsets ? xOffsets[index]! : 0))} ${formatNumber(y)} Tm [<${hex4(cid)}>] TJ\n`;
      pen += advance;
      moved = true;
      continue;
    }
    if (moved) {
      operators += `1 0 0 1 ${formatNumber(x + pen)} ${formatNumber(y)} Tm\n`;
      moved = false;
    }
    pen += advance;
    const width = fonts.width(run.face, cid);
    const shift = xOffsets ? xOffsets[index]! * toThousandths : 0;
    if (shift > ADJUSTMENT_THRESHOLD || shift < -ADJUSTMENT_THRESHOLD) array += '>' + formatNumber(-shift) + '<';
    array += hex4(cid);
    const adjustment = width - (advance + lent) * toThousandths + shift;
    if (index < run.glyphIds.length - 1 && (adjustment > ADJUSTMENT_THRESHOLD || adjustment < -ADJUSTMENT_THRESHOLD)) {
      array += '>' + formatNumber(adjustment) + '<';
    }
  }
  closeArray();
  if (rise !== 0) operators += '0 Ts\n';
  return operators;
}

/**
 * Draws a laid-out letter as new pages of the document. Glyph runs go straight into each page's
 * content stream, one TJ per run with kerning and justification as adjustments, so nothing is
 * measured or shaped again here; then rectangles, link annotations and the letterhead image.
 * With a structure recorder the content is tagged: each item's text and images as marked content
 * of its structure element, links tied to their Link element, and the rest (rules, underlines,
 * the footer, the letterhead repeated after the first page) as artifacts. Returns the pages added.
 */
export function drawLetterLayout(
  document: PDFDocument,
  layout: LetterLayout,
  fonts: FontSubsetEmbedder,
  logo: PDFImage | null,
  structure: StructureRecorder | null = null,
): PDFPage[] {
  const pages: PDFPage[] = [];
  const context = document.context;
  for (const [pageIndex, laidOutPage] of layout.pages.entries()) {
    const page = document.addPage([layout.widthPt, layout.heightPt]);
    pages.push(page);
    structure?.beginPage(page);
    const height = layout.heightPt;
    let content = 'q\n';
    const fontsOnPage = new Set<string>();
    let fillColor: RgbColor | null = null;
    // Consecutive runs share one text object, and the font is set only when it changes.
    let inText = false;
    let textFont = '';
    const endText = (): void => {
      if (inText) content += 'ET\n';
      inText = false;
    };
    // Marked content and text objects nest: a change of mark ends the text object first.
    let mark: Mark | null = null;
    let section: Section = 'content';
    const useMark = (next: Mark): void => {
      if (structure === null || next === mark) return;
      endText();
      if (mark !== null) content += 'EMC\n';
      mark = next;
      content += typeof next === 'string' ? ARTIFACT_OPERATORS[next] : `/${next.type} <</MCID ${structure.markContent(next)}>> BDC\n`;
    };
    const useColor = (color: RgbColor): void => {
      if (!sameColor(fillColor, color)) {
        content += `${formatNumber(color[0])} ${formatNumber(color[1])} ${formatNumber(color[2])} rg\n`;
        fillColor = color;
      }
    };
    const draw = (item: LayoutItem): void => {
      switch (item.kind) {
        case 'text': {
          if (item.glyphIds.length === 0) return;
          const resourceName = fonts.resourceName(item.face);
          if (!fontsOnPage.has(item.face)) {
            page.node.setFontDictionary(resourceName, fonts.ref(item.face));
            fontsOnPage.add(item.face);
          }
          if (structure)
            useMark(
              section !== 'content'
                ? section
                : item.structure
                  ? structure.elementForText(item.structure, item.text, typeof mark === 'string' ? null : mark)
                  : 'artifact',
            );
          useColor(item.color);
          if (!inText) {
            content += 'BT\n';
            inText = true;
            textFont = '';
          }
          const font = `${resourceName.asString()} ${formatNumber(item.sizePt)} Tf\n`;
          if (font !== textFont) {
            content += font;
            textFont = font;
          }
          content += `1 0 0 1 ${formatNumber(item.x)} ${formatNumber(height - item.baseline)} Tm ${showGlyphs(fonts, item, item.x, height - item.baseline)}`;
          return;
        }
        case 'rect':
          endText();
          if (typeof mark !== 'string') useMark('artifact');
          useColor(item.color);
          content += `${formatNumber(item.x)} ${formatNumber(height - item.y - item.height)} ${formatNumber(item.width)} ${formatNumber(item.height)} re f\n`;
          return;
        case 'link': {
          const uri = item.href.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
          const annotation = context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: [item.x, height - item.y - item.height, item.x + item.width, height - item.y],
            Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
            ...(structure ? { Contents: PDFHexString.fromText(item.href) } : {}),
          });
          const ref = context.register(annotation);
          page.node.addAnnot(ref);
          if (structure && item.structure && section === 'content') structure.markAnnotation(item.structure, annotation, ref);
          return;
        }
        case 'image': {
          if (!logo) return;
          const name = page.node.newXObject('Image', logo.ref);
          endText();
          useMark(section !== 'content' ? section : (item.structure ?? 'artifact'));
          content += `q ${formatNumber(item.width)} 0 0 ${formatNumber(item.height)} ${formatNumber(item.x)} ${formatNumber(height - item.y - item.height)} cm ${name.asString()} Do Q\n`;
          return;
        }
      }
    };
    // The letterhead is the letter's content on the first page, a running header on the others.
    section = pageIndex === 0 ? 'content' : 'header';
    for (const item of laidOutPage.letterhead) draw(item);
    section = 'content';
    for (const item of laidOutPage.body) draw(item);
    section = 'footer';
    for (const item of laidOutPage.footer) draw(item);
    endText();
    if (mark !== null) content += 'EMC\n';
    content += 'Q\n';
    const stream = context.stream(deflateSync(Buffer.from(content, 'latin1'), { level: 1 }), { Filter: 'FlateDecode' });
    page.node.addContentStream(context.register(stream));
  }
  return pages;
}
