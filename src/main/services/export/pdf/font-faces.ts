import type { FontFamily } from '../../../../shared/model/page-settings';

export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

const ALL_STYLES = FONT_STYLES;
const UPRIGHT_STYLES = ['regular', 'bold'] as const;

/**
 * The bundled families in resources/fonts: the two the user picks, the Noto families that supply
 * the Latin, Greek and Cyrillic letters they lack, and one Noto family per other script, loaded
 * only when a letter holds that script. Every family has a regular and a bold; a script family
 * without italics draws them upright.
 */
export const FONT_SOURCES = {
  serif: { folder: 'source-serif-4', filePrefix: 'SourceSerif4', styles: ALL_STYLES },
  sans: { folder: 'source-sans-3', filePrefix: 'SourceSans3', styles: ALL_STYLES },
  serifFallback: { folder: 'noto-serif', filePrefix: 'NotoSerif', styles: ALL_STYLES },
  sansFallback: { folder: 'noto-sans', filePrefix: 'NotoSans', styles: ALL_STYLES },
  arabic: { folder: 'noto-naskh-arabic', filePrefix: 'NotoNaskhArabic', styles: UPRIGHT_STYLES },
  hebrew: { folder: 'noto-sans-hebrew', filePrefix: 'NotoSansHebrew', styles: UPRIGHT_STYLES },
  devanagari: { folder: 'noto-sans-devanagari', filePrefix: 'NotoSansDevanagari', styles: UPRIGHT_STYLES },
  bengali: { folder: 'noto-sans-bengali', filePrefix: 'NotoSansBengali', styles: UPRIGHT_STYLES },
  gurmukhi: { folder: 'noto-sans-gurmukhi', filePrefix: 'NotoSansGurmukhi', styles: UPRIGHT_STYLES },
  gujarati: { folder: 'noto-sans-gujarati', filePrefix: 'NotoSansGujarati', styles: UPRIGHT_STYLES },
  oriya: { folder: 'noto-sans-oriya', filePrefix: 'NotoSansOriya', styles: UPRIGHT_STYLES },
  tamil: { folder: 'noto-sans-tamil', filePrefix: 'NotoSansTamil', styles: UPRIGHT_STYLES },
  telugu: { folder: 'noto-sans-telugu', filePrefix: 'NotoSansTelugu', styles: UPRIGHT_STYLES },
  kannada: { folder: 'noto-sans-kannada', filePrefix: 'NotoSansKannada', styles: UPRIGHT_STYLES },
  malayalam: { folder: 'noto-sans-malayalam', filePrefix: 'NotoSansMalayalam', styles: UPRIGHT_STYLES },
  sinhala: { folder: 'noto-sans-sinhala', filePrefix: 'NotoSansSinhala', styles: UPRIGHT_STYLES },
  thai: { folder: 'noto-sans-thai', filePrefix: 'NotoSansThai', styles: UPRIGHT_STYLES },
  lao: { folder: 'noto-sans-lao', filePrefix: 'NotoSansLao', styles: UPRIGHT_STYLES },
  khmer: { folder: 'noto-sans-khmer', filePrefix: 'NotoSansKhmer', styles: UPRIGHT_STYLES },
  myanmar: { folder: 'noto-sans-myanmar', filePrefix: 'NotoSansMyanmar', styles: UPRIGHT_STYLES },
  georgian: { folder: 'noto-sans-georgian', filePrefix: 'NotoSansGeorgian', styles: UPRIGHT_STYLES },
  armenian: { folder: 'noto-sans-armenian', filePrefix: 'NotoSansArmenian', styles: UPRIGHT_STYLES },
  ethiopic: { folder: 'noto-sans-ethiopic', filePrefix: 'NotoSansEthiopic', styles: UPRIGHT_STYLES },
  chinese: { folder: 'noto-sans-sc', filePrefix: 'NotoSansSC', styles: UPRIGHT_STYLES },
  traditionalChinese: { folder: 'noto-sans-tc', filePrefix: 'NotoSansTC', styles: UPRIGHT_STYLES },
  japanese: { folder: 'noto-sans-jp', filePrefix: 'NotoSansJP', styles: UPRIGHT_STYLES },
  korean: { folder: 'noto-sans-kr', filePrefix: 'NotoSansKR', styles: UPRIGHT_STYLES },
} as const;
export type FontSource = keyof typeof FONT_SOURCES;

export type FontFaceName = `${FontSource}-${FontStyle}`;

const FILE_SUFFIXES: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'BoldItalic',
};

/** Path of a face's TTF file relative to resources/fonts. */
export function fontFaceFile(name: FontFaceName): string {
  const [source, style] = name.split('-') as [FontSource, FontStyle];
  const { folder, filePrefix } = FONT_SOURCES[source];
  return `${folder}/${filePrefix}-${FILE_SUFFIXES[style]}.ttf`;
}

export function fontStyleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

export function primaryFaceName(family: FontFamily, style: FontStyle): FontFaceName {
  return `${family}-${style}`;
}

export function fallbackFaceName(family: FontFamily, style: FontStyle): FontFaceName {
  return `${family === 'serif' ? 'serifFallback' : 'sansFallback'}-${style}`;
}

/** The style of a face, read from its name. */
export function faceStyleOf(name: FontFaceName): FontStyle {
  return name.slice(name.indexOf('-') + 1) as FontStyle;
}

/** The face of a source nearest to a style: an upright family draws italics upright. */
export function sourceFaceName(source: FontSource, style: FontStyle): FontFaceName {
  const styles: readonly FontStyle[] = FONT_SOURCES[source].styles;
  if (styles.includes(style)) return `${source}-${style}`;
  const bold = style === 'bold' || style === 'boldItalic';
  return `${source}-${bold && styles.includes('bold') ? 'bold' : 'regular'}`;
}
