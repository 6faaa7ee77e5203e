import { Document, type IPropertiesOptions, type ISectionOptions } from 'docx';
import type { LetterIR } from '../../../../shared/document/letter-ir';
import { FONT_FAMILIES } from '../../../../shared/model/page-settings';
import { letterSections } from './letter-sections';
import { letterStyles } from './letter-styles';

/** One letter of a document, with the bookmark at its end when the document holds several. */
export interface DocumentLetter {
  ir: LetterIR;
  endBookmark: string | null;
  /** Names the letter (its recipient) in an error about it. */
  label?: string;
}

/** What the parts every document of these letters shares depend on: the first letter's styles and language. */
export function stylesKeyOf(letters: readonly DocumentLetter[]): string {
  const first = letters[0];
  if (!first) throw new Error('A DOCX document needs at least one letter.');
  const { fontFamily, fontSizePt, lineSpacing } = first.ir.settings;
  return JSON.stringify([fontFamily, fontSizePt, lineSpacing, first.ir.meta.locale]);
}

/**
 * The docx Document of one or more letters, one after the other, each starting a page with its own numbering.
 * Styles, title and author come from the first letter: a combined file holds one letter sent to many recipients.
 */
export function buildLetterDocument(letters: readonly DocumentLetter[], fonts?: IPropertiesOptions['fonts']): Document {
  const first = letters[0];
  if (!first) throw new Error('A DOCX document needs at least one letter.');
  let listInstance = 0;
  const nextListInstance = (): number => (listInstance += 1);
  const sections: ISectionOptions[] = letters.flatMap((letter) => {
    try {
      return letterSections(letter.ir, { endBookmark: letter.endBookmark, documentLocale: first.ir.meta.locale, nextListInstance });
    } catch (error) {
      if (letter.label === undefined) throw error;
      throw new Error(
        `The DOCX letter for ${letter.label} could not be written: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    }
  });
  const font = FONT_FAMILIES[first.ir.settings.fontFamily].label;
  return new Document({
    title: letters.length > 1 ? (first.ir.meta.letterTitle ?? first.ir.meta.title) : first.ir.meta.title,
    subject: first.ir.meta.subject,
    keywords: letters.length > 1 ? undefined : first.ir.meta.keywords?.join(', '),
    creator: first.ir.meta.author,
    lastModifiedBy: first.ir.meta.author,
    styles: letterStyles(first.ir.settings, first.ir.meta.locale),
    theme: { fonts: { headings: font, body: font } },
    // Justified text is hyphenated, as in the PDF; Word and LibreOffice leave words in capitals whole.
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true, consecutiveHyphenLimit: 2 },
    fonts,
    sections,
  });
}
