import type { FontFamily, LetterLanguage, PageSettings } from '../../../../shared/model/page-settings';
import { fallbackFaceName, fontStyleOf, primaryFaceName } from './font-faces';
import type { InlineStyle } from './layout-paragraph-lines';
import { TEXT_COLOR, type RgbColor } from './layout-types';
import { loadFontFace, type FontFace } from './load-font-face';

/** What every part of the letter's layout shares: the family, body size, leading and language. */
export interface TypesetContext {
  family: FontFamily;
  language: LetterLanguage;
  sizePt: number;
  lineSpacing: number;
  /** Body line height in points. */
  lineHeight: number;
  style(options?: { bold?: boolean; italic?: boolean; sizePt?: number; color?: RgbColor }): InlineStyle;
  /** Distance from a line's top to its baseline, placing the glyphs as CSS does (half-leading above and below). */
  baselineOffset(lineHeight: number, sizePt: number): number;
  regularFace: FontFace;
}

export function createTypesetContext(settings: PageSettings): TypesetContext {
  const family = settings.fontFamily;
  const regularFace = loadFontFace(primaryFaceName(family, 'regular'));
  const styles = new Map<string, InlineStyle>();
  return {
    family,
    language: settings.language,
    sizePt: settings.fontSizePt,
    lineSpacing: settings.lineSpacing,
    lineHeight: settings.fontSizePt * settings.lineSpacing,
    regularFace,
    style(options = {}) {
      const sizePt = options.sizePt ?? settings.fontSizePt;
      const color = options.color ?? TEXT_COLOR;
      const fontStyle = fontStyleOf(options.bold ?? false, options.italic ?? false);
      const key = `${fontStyle}/${sizePt}/${color.join(',')}`;
      let style = styles.get(key);
      if (!style) {
        style = {
          primary: loadFontFace(primaryFaceName(family, fontStyle)),
          fallback: loadFontFace(fallbackFaceName(family, fontStyle)),
          sizePt,
          color,
          underline: false,
          href: null,
          highlight: null,
        };
        styles.set(key, style);
      }
      return style;
    },
    baselineOffset(lineHeight, sizePt) {
      return lineHeight / 2 + ((regularFace.ascender + regularFace.descender) / 2) * sizePt;
    },
  };
}
