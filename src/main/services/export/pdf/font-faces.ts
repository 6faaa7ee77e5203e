import type { FontFamily } from '../../../../shared/model/page-settings';

export const FONT_STYLES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/** The bundled families in resources/fonts: the two the user picks, and the Noto families that supply what they lack. */
export const FONT_SOURCES = {
  serif: { folder: 'source-serif-4', filePrefix: 'SourceSerif4' },
  sans: { folder: 'source-sans-3', filePrefix: 'SourceSans3' },
  serifFallback: { folder: 'noto-serif', filePrefix: 'NotoSerif' },
  sansFallback: { folder: 'noto-sans', filePrefix: 'NotoSans' },
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
