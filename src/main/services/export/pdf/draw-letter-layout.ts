import {
  beginText,
  endText,
  fill,
  PDFArray,
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  type PDFDocument,
  type PDFImage,
  type PDFPage,
} from '@cantoo/pdf-lib';
import type { FontSubsetEmbedder } from './create-font-subset-embedder';
import type { LayoutItem, LayoutTextRun, LetterLayout, RgbColor } from './layout-types';

/** Adjustments smaller than this (in thousandths of an em) are rounding, not kerning or spacing. */
const ADJUSTMENT_THRESHOLD = 0.01;

function sameColor(first: RgbColor | null, second: RgbColor): boolean {
  return first !== null && first[0] === second[0] && first[1] === second[1] && first[2] === second[2];
}

function showGlyphs(document: PDFDocument, fonts: FontSubsetEmbedder, run: LayoutTextRun): PDFOperator {
  const array = PDFArray.withContext(document.context);
  let hex = '';
  for (let index = 0; index < run.glyphIds.length; index++) {
    const { cid, width } = fonts.encode(run.face, run.glyphIds[index]!);
    hex += cid.toString(16).padStart(4, '0');
    const adjustment = ((width * run.sizePt) / 1000 - run.advances[index]!) * (1000 / run.sizePt);
    if (Math.abs(adjustment) > ADJUSTMENT_THRESHOLD && index < run.glyphIds.length - 1) {
      array.push(PDFHexString.of(hex));
      array.push(PDFNumber.of(Math.round(adjustment * 100) / 100));
      hex = '';
    }
  }
  if (hex !== '') array.push(PDFHexString.of(hex));
  return PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]);
}

/**
 * Draws a laid-out letter as new pages of the document: glyph runs written straight into the
 * content stream (one TJ per run, kerning and justification as adjustments), rectangles,
 * link annotations and the letterhead image. Returns the pages added.
 */
export function drawLetterLayout(document: PDFDocument, layout: LetterLayout, fonts: FontSubsetEmbedder, logo: PDFImage | null): PDFPage[] {
  const pages: PDFPage[] = [];
  for (const laidOutPage of layout.pages) {
    const page = document.addPage([layout.widthPt, layout.heightPt]);
    pages.push(page);
    const height = layout.heightPt;
    const operators: PDFOperator[] = [];
    const fontsOnPage = new Set<string>();
    let fillColor: RgbColor | null = null;
    const useColor = (color: RgbColor): void => {
      if (!sameColor(fillColor, color)) {
        operators.push(setFillingRgbColor(color[0], color[1], color[2]));
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
          useColor(item.color);
          operators.push(beginText(), setFontAndSize(resourceName, item.sizePt), setTextMatrix(1, 0, 0, 1, item.x, height - item.baseline), showGlyphs(document, fonts, item), endText());
          return;
        }
        case 'rect':
          useColor(item.color);
          operators.push(rectangle(item.x, height - item.y - item.height, item.width, item.height), fill());
          return;
        case 'link': {
          const annotation = document.context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: [item.x, height - item.y - item.height, item.x + item.width, height - item.y],
            Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(item.href.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character))) },
          });
          page.node.addAnnot(document.context.register(annotation));
          return;
        }
        case 'image':
          if (logo) page.drawImage(logo, { x: item.x, y: height - item.y - item.height, width: item.width, height: item.height });
          return;
      }
    };
    operators.push(pushGraphicsState());
    for (const item of laidOutPage.letterhead) draw(item);
    for (const item of laidOutPage.body) draw(item);
    for (const item of laidOutPage.footer) draw(item);
    operators.push(popGraphicsState());
    page.pushOperators(...operators);
  }
  return pages;
}
