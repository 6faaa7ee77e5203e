import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFImage, type PDFRef } from '@cantoo/pdf-lib';
import type { LetterIR } from '../../../../shared/document/letter-ir';
import { createFontSubsetEmbedder } from './create-font-subset-embedder';
import { createStructureRecorder } from './create-structure-recorder';
import { drawLetterLayout } from './draw-letter-layout';
import { embedLetterLogo } from './embed-letter-logo';
import { layoutLetter } from './layout-letter';
import { setDocumentMetadata } from './set-document-metadata';
import { createStructureElement } from './structure-element';

export interface CombinedLetter {
  /** The bookmark of this letter, e.g. the recipient's organization. */
  label: string;
  ir: LetterIR;
}

/**
 * Typesets several letters into one PDF: each starts on a new page with its own page numbers
 * (the footer and the viewer's page labels restart), and the outline has one bookmark per letter.
 * The document's metadata comes from the first letter. Tagged: the structure tree holds one
 * article per letter, titled with its label and in its own language.
 */
export async function renderCombinedPdf(letters: readonly CombinedLetter[], options: { tagged?: boolean } = {}): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  const fonts = createFontSubsetEmbedder(document);
  const structure = options.tagged === false ? null : createStructureRecorder(document);
  const root = createStructureElement('Document', null, { language: letters[0]?.ir.meta.locale });
  const context = document.context;
  const outlineRef = context.nextRef();
  const itemRefs: PDFRef[] = letters.map(() => context.nextRef());
  const pageLabels = PDFArray.withContext(context);
  let pageCount = 0;
  // Letters of one campaign share their logo: embed it once.
  const logos = new Map<Uint8Array, PDFImage>();
  for (const [index, { label, ir }] of letters.entries()) {
    let logo: PDFImage | null = null;
    if (ir.logo && ir.settings.letterhead.enabled) {
      logo = logos.get(ir.logo.bytes) ?? (await embedLetterLogo(document, ir.logo));
      logos.set(ir.logo.bytes, logo);
    }
    const layout = layoutLetter(ir);
    const article = layout.structure;
    article.type = 'Art';
    article.title = label.normalize('NFC');
    article.parent = root;
    article.attached = true;
    root.kids.push(article);
    const pages = drawLetterLayout(document, layout, fonts, logo, structure);
    pageLabels.push(PDFNumber.of(pageCount));
    pageLabels.push(context.obj({ S: 'D' }));
    pageCount += pages.length;
    context.assign(
      itemRefs[index]!,
      context.obj({
        Title: PDFHexString.fromText(label.normalize('NFC')),
        Parent: outlineRef,
        Dest: [pages[0]!.ref, 'XYZ', PDFNull, PDFNull, PDFNull],
        ...(index > 0 ? { Prev: itemRefs[index - 1]! } : {}),
        ...(index < letters.length - 1 ? { Next: itemRefs[index + 1]! } : {}),
      }),
    );
  }
  if (letters.length > 0) {
    context.assign(
      outlineRef,
      context.obj({ Type: 'Outlines', First: itemRefs[0]!, Last: itemRefs[itemRefs.length - 1]!, Count: letters.length }),
    );
    document.catalog.set(PDFName.of('Outlines'), outlineRef);
    document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
    document.catalog.set(PDFName.of('PageLabels'), context.obj({ Nums: pageLabels }));
    setDocumentMetadata(document, letters[0]!.ir.meta, { severalLetters: letters.length > 1 });
  }
  structure?.finish(root);
  fonts.finish();
  return document.save({ useObjectStreams: false, objectsPerTick: Infinity });
}
