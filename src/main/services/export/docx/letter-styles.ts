import { BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import { FONT_FAMILIES, type PageSettings } from '../../../../shared/model/page-settings';

/** The Word style ids the exporter writes; each is a real style a user can change in Word. */
export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  signatoryList: 'SignatoryList',
  signatoryGroup: 'SignatoryGroup',
  signatoryCount: 'SignatoryCount',
  signature: 'Signature',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  unresolvedField: 'UnresolvedField',
} as const;

const TWIPS_PER_POINT = 20;

/**
 * The letter's styles, from its font, size and line spacing, so changing Normal in Word changes the letter; the
 * letter's language (BCP 47) is set on the document defaults and Normal, so every run is spell-checked in it.
 */
export function letterStyles(settings: PageSettings, locale: string): IStylesOptions {
  const font = FONT_FAMILIES[settings.fontFamily].label;
  const size = settings.fontSizePt;
  const halfPoints = (points: number): number => Math.round(points * 2);
  const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);
  const line = Math.round(240 * settings.lineSpacing);
  const language = { value: locale };
  const paragraphGap = twips(size * 0.75);
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size: halfPoints(size), language },
        paragraph: { spacing: { after: paragraphGap, line, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font, size: halfPoints(size), language },
        paragraph: { spacing: { after: paragraphGap, line, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.title,
        name: 'Title',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        run: { bold: true, size: halfPoints(size * 1.45) },
        paragraph: { spacing: { after: twips(size * 0.25), line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      {
        id: STYLE_IDS.heading1,
        name: 'Heading 1',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        run: { bold: true, size: halfPoints(size * 1.35) },
        paragraph: { spacing: { before: twips(size * 1.2), after: twips(size * 0.5) }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      {
        id: STYLE_IDS.heading2,
        name: 'Heading 2',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        run: { bold: true, size: halfPoints(size * 1.1) },
        paragraph: { spacing: { before: twips(size * 0.9), after: twips(size * 0.4) }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      {
        id: STYLE_IDS.quote,
        name: 'Quote',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        paragraph: {
          indent: { left: 567, right: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } },
        },
      },
      {
        id: STYLE_IDS.listBullet,
        name: 'List Bullet',
        basedOn: STYLE_IDS.normal,
        paragraph: { contextualSpacing: true },
      },
      {
        id: STYLE_IDS.listNumber,
        name: 'List Number',
        basedOn: STYLE_IDS.normal,
        paragraph: { contextualSpacing: true },
      },
      {
        id: STYLE_IDS.signatoryList,
        name: 'Signatory List',
        basedOn: STYLE_IDS.normal,
        quickFormat: true,
        run: { size: halfPoints(Math.max(8, size - 1)) },
        paragraph: {
          spacing: { after: twips(size * 0.15), line: 240, lineRule: LineRuleType.AUTO },
          indent: { left: 227, hanging: 227 },
          keepLines: true,
        },
      },
      {
        id: STYLE_IDS.signatoryGroup,
        name: 'Signatory Group',
        basedOn: STYLE_IDS.signatoryList,
        next: STYLE_IDS.signatoryList,
        run: { bold: true },
        paragraph: { spacing: { before: twips(size * 0.6) }, indent: { left: 0, hanging: 0 }, keepNext: true },
      },
      {
        id: STYLE_IDS.signatoryCount,
        name: 'Signatory Count',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.signatoryList,
        run: { italics: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE_IDS.signature,
        name: 'Signature',
        basedOn: STYLE_IDS.normal,
        paragraph: { spacing: { after: 0 }, keepLines: true },
      },
      {
        id: STYLE_IDS.header,
        name: 'Header',
        basedOn: STYLE_IDS.normal,
        run: { size: halfPoints(Math.max(8, size - 2)) },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE_IDS.footer,
        name: 'Footer',
        basedOn: STYLE_IDS.normal,
        run: { size: halfPoints(Math.max(7, size - 2.5)), color: '595959' },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO }, alignment: 'center' },
      },
    ],
    characterStyles: [
      { id: STYLE_IDS.hyperlink, name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: '1F4E9D', underline: {} } },
      {
        id: STYLE_IDS.unresolvedField,
        name: 'Unresolved Field',
        basedOn: 'DefaultParagraphFont',
        run: { bold: true, color: '9C0006', shading: { type: 'clear', fill: 'FFEB9C', color: 'auto' } },
      },
    ],
  };
}
