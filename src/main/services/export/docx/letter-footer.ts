import { AlignmentType, Footer, PageNumber, PageReference, Paragraph, TextRun } from 'docx';
import type { LetterIR } from '../../../../shared/document/letter-ir';
import type { LetterLanguage } from '../../../../shared/model/page-settings';
import { STYLE_IDS } from './letter-styles';
import { runLanguage, type RunContext } from './run-language';

/** "Page X of Y" in the letter's language, around the PAGE field and the total's field. */
const PAGE_OF_WORDS: Record<LetterLanguage, { page: string; of: string }> = {
  en: { page: 'Page', of: 'of' },
  fr: { page: 'Page', of: 'sur' },
  es: { page: 'Página', of: 'de' },
};

/**
 * The footer: the address line and "Page X of Y" from real fields. Y is NUMPAGES for a letter alone;
 * in a combined file it is the page of a bookmark at the letter's end (PAGEREF), as numbering restarts per letter.
 */
export function letterFooter(ir: LetterIR, endBookmark: string | null, context: RunContext): Footer {
  const { footer } = ir.settings;
  const locale = runLanguage(context);
  const children: Paragraph[] = [];
  if (footer.addressLine.trim())
    children.push(new Paragraph({ style: STYLE_IDS.footer, children: [new TextRun({ text: footer.addressLine, language: locale })] }));
  if (footer.pageNumbers) {
    const words = PAGE_OF_WORDS[ir.settings.language];
    const total = endBookmark ? new PageReference(endBookmark) : new TextRun({ children: [PageNumber.TOTAL_PAGES], language: locale });
    children.push(
      new Paragraph({
        style: STYLE_IDS.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [`${words.page} `, PageNumber.CURRENT, ` ${words.of} `], language: locale }), total],
      }),
    );
  }
  if (children.length === 0) children.push(new Paragraph({ style: STYLE_IDS.footer }));
  return new Footer({ children });
}
