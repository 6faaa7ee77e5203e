import { PDFDocument } from '@cantoo/pdf-lib';
import type { LetterIR } from '../../../../shared/document/letter-ir';
import { createFontSubsetEmbedder } from './create-font-subset-embedder';
import { createStructureRecorder } from './create-structure-recorder';
import { drawLetterLayout } from './draw-letter-layout';
import { embedLetterLogo } from './embed-letter-logo';
import { layoutLetter } from './layout-letter';
import type { LetterLayout } from './layout-types';
import { setDocumentMetadata } from './set-document-metadata';

// The export job loads both renderers from this module.
export { renderCombinedPdf, type CombinedLetter } from './render-combined-pdf';

export interface RenderLetterPdfOptions {
  /** A layout already made with layoutLetter for this letter (a preview that shows it, say). */
  layout?: LetterLayout;
  /** Write a tagged PDF (structure tree, marked content, artifacts). Defaults to true; off only to measure what tagging costs. */
  tagged?: boolean;
}

/** Typesets one letter for one recipient and returns the PDF's bytes, tagged for screen readers. */
export async function renderLetterPdf(ir: LetterIR, options: RenderLetterPdfOptions = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const fonts = createFontSubsetEmbedder(document);
  const layout = options.layout ?? layoutLetter(ir);
  const logo = ir.logo && ir.settings.letterhead.enabled ? await embedLetterLogo(document, ir.logo) : null;
  const structure = options.tagged === false ? null : createStructureRecorder(document);
  drawLetterLayout(document, layout, fonts, logo, structure);
  setDocumentMetadata(document, ir.meta);
  structure?.finish(layout.structure);
  fonts.finish();
  return document.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
