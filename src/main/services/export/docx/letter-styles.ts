import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import { FONT_FAMILIES, type PageSettings } from '../../../../shared/model/page-settings';
import { letterMetrics } from '../letter-metrics';

/** The Word style ids the exporter writes; each is a real style a user can change in Word. */
export const STYLE_IDS = {
  normal: 'Normal',
  bodyText: 'BodyText',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  quote: 'Quote',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  signatoryList: 'SignatoryList',
  signatoryListWide: 'SignatoryListWide',
  signatoryGroup: 'SignatoryGroup',
  signatoryCount: 'SignatoryCount',
  signature: 'Signature',
  header: 'Header',
  footer: 'Footer',
  hyperlink: 'Hyperlink',
  unresolvedField: 'UnresolvedField',
} as const;

const TWIPS_PER_POINT = 20;

/** The alignment each paragraph style carries, so a paragraph names a style rather than repeating an alignment. */
export const STYLE_ALIGNMENTS: Partial<Record<string, 'left' | 'justify' | 'center'>> = {
  Normal: 'left',
  BodyText: 'justify',
  ListBullet: 'justify',
  ListNumber: 'justify',
  Heading1: 'left',
  Heading2: 'left',
};

/**
 * Styles whose paragraphs take no automatic hyphen, as the PDF hyphenates only justified text: everything based on
 * Normal but Body Text and the lists. docx has no option for it; `withHyphenationSuppressed` writes it into styles.xml.
 */
export const UNHYPHENATED_STYLE_IDS = [STYLE_IDS.normal, STYLE_IDS.title, STYLE_IDS.heading1, STYLE_IDS.heading2, STYLE_IDS.signatoryList, STYLE_IDS.signatoryListWide, STYLE_IDS.signatoryCount, STYLE_IDS.signature, STYLE_IDS.header, STYLE_IDS.footer] as const;

/**
 * The letter's styles, from its font, size and line spacing, so changing Normal in Word changes the letter; the
 * letter's language (BCP 47) is set on the document defaults and Normal, so every run is spell-checked in it.
 * Leading is exact and equal to the PDF's, and every size and gap is the PDF's (letterMetrics), so LibreOffice and
 * Word set the same lines on the same pages. Word adds one paragraph's space after to the next one's space before,
 * where the PDF takes the larger: a heading's space before is what it adds to the body paragraph's gap.
 */
export function letterStyles(settings: PageSettings, locale: string): IStylesOptions {
  const font = FONT_FAMILIES[settings.fontFamily].label;
  const metrics = letterMetrics(settings);
  const halfPoints = (points: number): number => Math.round(points * 2);
  const twips = (points: number): number => Math.round(points * TWIPS_PER_POINT);
  const exactly = (points: number): { line: number; lineRule: typeof LineRuleType.EXACT } => ({ line: twips(points), lineRule: LineRuleType.EXACT });
  const language = { value: locale };
  const body = { spacing: { before: 0, after: twips(metrics.paragraphGap), ...exactly(metrics.lineHeight) }, widowControl: true };
  const headingStyle = (level: 1 | 2): NonNullable<IStylesOptions['paragraphStyles']>[number] => {
    const heading = metrics.heading[level];
    return {
      id: level === 1 ? STYLE_IDS.heading1 : STYLE_IDS.heading2,
      name: `Heading ${level}`,
      basedOn: STYLE_IDS.normal,
      next: STYLE_IDS.normal,
      quickFormat: true,
      run: { bold: true, size: halfPoints(heading.sizePt) },
      paragraph: {
        spacing: { before: twips(Math.max(0, heading.spaceBefore - metrics.paragraphGap)), after: twips(heading.spaceAfter), ...exactly(heading.lineHeight) },
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
      },
    };
  };
  const entryStyle = (columns: number, id: string, name: string): NonNullable<IStylesOptions['paragraphStyles']>[number] => {
    const entry = metrics.signatoryEntry(columns);
    return {
      id,
      name,
      basedOn: STYLE_IDS.normal,
      quickFormat: true,
      run: { size: halfPoints(entry.sizePt) },
      paragraph: {
        spacing: { after: twips(entry.gap), ...exactly(entry.lineHeight) },
        indent: { left: twips(entry.hangingIndent), hanging: twips(entry.hangingIndent) },
        keepLines: true,
      },
    };
  };
  const columnEntry = metrics.signatoryEntry(2);
  return {
    default: {
      document: {
        run: { font: { ascii: font, hAnsi: font, cs: font, eastAsia: font }, size: halfPoints(metrics.sizePt), language },
        paragraph: body,
      },
    },
    paragraphStyles: [
      {
        id: STYLE_IDS.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font, size: halfPoints(metrics.sizePt), language },
        paragraph: { ...body, alignment: AlignmentType.LEFT },
      },
      {
        id: STYLE_IDS.bodyText,
        name: 'Body Text',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.bodyText,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: STYLE_IDS.title,
        name: 'Title',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        run: { bold: true, size: halfPoints(metrics.sizePt * 1.2) },
        paragraph: { spacing: { after: 0, ...exactly(metrics.sizePt * 1.2 * 1.3) }, keepNext: true },
      },
      headingStyle(1),
      headingStyle(2),
      {
        id: STYLE_IDS.quote,
        name: 'Quote',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.normal,
        quickFormat: true,
        paragraph: {
          indent: { left: twips(metrics.sizePt * 2), right: twips(metrics.sizePt * 2) },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } },
        },
      },
      {
        id: STYLE_IDS.listBullet,
        name: 'List Bullet',
        basedOn: STYLE_IDS.bodyText,
        paragraph: { spacing: { after: twips(metrics.lineHeight * 0.25) } },
      },
      {
        id: STYLE_IDS.listNumber,
        name: 'List Number',
        basedOn: STYLE_IDS.bodyText,
        paragraph: { spacing: { after: twips(metrics.lineHeight * 0.25) } },
      },
      entryStyle(2, STYLE_IDS.signatoryList, 'Signatory List'),
      entryStyle(1, STYLE_IDS.signatoryListWide, 'Signatory List Wide'),
      {
        id: STYLE_IDS.signatoryGroup,
        name: 'Signatory Group',
        basedOn: STYLE_IDS.signatoryList,
        next: STYLE_IDS.signatoryList,
        run: { bold: true },
        paragraph: { spacing: { before: twips(columnEntry.groupSpaceBefore - columnEntry.gap) }, indent: { left: 0, hanging: 0 }, keepNext: true },
      },
      {
        id: STYLE_IDS.signatoryCount,
        name: 'Signatory Count',
        basedOn: STYLE_IDS.normal,
        next: STYLE_IDS.signatoryList,
        run: { italics: true, color: '595959' },
        paragraph: { spacing: { after: twips(metrics.lineHeight * 0.3) }, keepNext: true },
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
        run: { size: halfPoints(Math.max(8, metrics.sizePt * 0.85)) },
        paragraph: { spacing: { after: 0, ...exactly(metrics.sizePt * 0.85 * 1.3) } },
      },
      {
        id: STYLE_IDS.footer,
        name: 'Footer',
        basedOn: STYLE_IDS.normal,
        run: { size: halfPoints(Math.max(7, metrics.sizePt * 0.8)), color: '595959' },
        paragraph: { spacing: { after: 0, ...exactly(metrics.sizePt * 0.8 * 1.35) }, alignment: AlignmentType.CENTER },
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
