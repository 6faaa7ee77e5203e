import type { LetterIR } from '../../../shared/document/letter-ir';

export interface LabelledLetter {
  label: string;
  ir: LetterIR;
}

/** The two exporters, as the export job uses them. */
export interface LetterRenderers {
  pdf(ir: LetterIR): Promise<Uint8Array>;
  docx(ir: LetterIR): Promise<Uint8Array>;
  combinedPdf(items: readonly LabelledLetter[]): Promise<Uint8Array>;
  combinedDocx(items: readonly LabelledLetter[]): Promise<Uint8Array>;
}

let loading: Promise<LetterRenderers> | undefined;

/** Loads the PDF and DOCX exporters once per thread (their fonts are read on first use). */
export function loadLetterRenderers(): Promise<LetterRenderers> {
  loading ??= (async () => {
    const [pdf, docx] = await Promise.all([import('./pdf/render-letter-pdf'), import('./docx/render-letter-docx')]);
    const combinedDocx = await import('./docx/render-combined-docx');
    return {
      pdf: (ir) => pdf.renderLetterPdf(ir),
      docx: (ir) => docx.renderLetterDocx(ir),
      combinedPdf: (items) => pdf.renderCombinedPdf(items),
      combinedDocx: (items) => combinedDocx.renderCombinedDocx(items),
    };
  })();
  return loading;
}
