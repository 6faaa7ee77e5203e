import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  ImageRun,
  PageNumber,
  PageReference,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { LetterIR, LetterLogo } from '../../../../shared/document/letter-ir';
import type { LetterLanguage } from '../../../../shared/model/page-settings';
import { STYLE_IDS } from './letter-styles';
import { runLanguage, type RunContext } from './render-runs';

const LOGO_MAX_HEIGHT_PX = 64;
const LOGO_MAX_WIDTH_PX = 220;

/** "Page X of Y" in the letter's language, around the PAGE field and the total's field. */
const PAGE_OF_WORDS: Record<LetterLanguage, { page: string; of: string }> = {
  en: { page: 'Page', of: 'of' },
  fr: { page: 'Page', of: 'sur' },
  es: { page: 'Página', of: 'de' },
};

function logoRun(logo: LetterLogo): ImageRun {
  const scale = Math.min(1, LOGO_MAX_HEIGHT_PX / logo.heightPx, LOGO_MAX_WIDTH_PX / logo.widthPx);
  return new ImageRun({
    type: logo.mime === 'image/png' ? 'png' : 'jpg',
    data: logo.bytes,
    transformation: { width: Math.round(logo.widthPx * scale), height: Math.round(logo.heightPx * scale) },
    altText: { name: 'Logo', title: 'Logo', description: 'Letterhead logo' },
  });
}

/** The letterhead: logo, organization name (Title style) and address, ruled off from the letter. */
export function letterheadHeader(ir: LetterIR, context: RunContext): Header {
  const { letterhead } = ir.settings;
  const locale = runLanguage(context);
  const children: Paragraph[] = [];
  if (ir.logo) children.push(new Paragraph({ style: STYLE_IDS.header, spacing: { after: 80 }, children: [logoRun(ir.logo)] }));
  if (letterhead.organization.trim())
    children.push(new Paragraph({ style: STYLE_IDS.title, children: [new TextRun({ text: letterhead.organization, language: locale })] }));
  const address: ParagraphChild[] = letterhead.addressLines.map(
    (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, language: locale }),
  );
  children.push(
    new Paragraph({
      style: STYLE_IDS.header,
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '7F7F7F', space: 4 } },
      children: address,
    }),
  );
  return new Header({ children });
}

/** An empty header, for the pages after the first when the letterhead is on the first page only. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE_IDS.header })] });
}

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
