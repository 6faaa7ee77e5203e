import { BorderStyle, Header, ImageRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { LetterIR, LetterLogo } from '../../../../shared/document/letter-ir';
import { STYLE_IDS } from './letter-styles';
import { runLanguage, type RunContext } from './run-language';

const LOGO_MAX_HEIGHT_PX = 64;
const LOGO_MAX_WIDTH_PX = 220;

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
