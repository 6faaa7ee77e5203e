import type { CSSProperties } from 'react';
import { FONT_FAMILIES, PAPER_SIZES, type PageSettings } from '../../shared/model/page-settings';

/** The page as CSS, in the same millimetres and points the exporters use, so the screen matches the PDF. */
export function pageStyle(settings: PageSettings): CSSProperties {
  const paper = PAPER_SIZES[settings.paperSize];
  const margins = settings.marginsMm;
  return {
    width: `${paper.widthMm}mm`,
    minHeight: `${paper.heightMm}mm`,
    padding: `${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm`,
    fontFamily: FONT_FAMILIES[settings.fontFamily].cssStack,
    fontSize: `${settings.fontSizePt}pt`,
    lineHeight: settings.lineSpacing,
    ['--page-height' as string]: `${paper.heightMm}mm`,
    ['--line-spacing' as string]: String(settings.lineSpacing),
  };
}
