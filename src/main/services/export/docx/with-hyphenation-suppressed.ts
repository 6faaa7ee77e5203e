/** The paragraph properties that come after w:suppressAutoHyphens in CT_PPrBase's sequence (Word refuses them out of order). */
const LATER_PROPERTIES = new Set([
  'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind',
  'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId',
  'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
]);

/**
 * styles.xml with `w:suppressAutoHyphens` set on the given paragraph styles (true: no automatic hyphens; false: hyphens
 * again in a style based on one without), which docx's style options cannot write. Each style must have a w:pPr.
 */
export function withHyphenationSuppressed(stylesXml: string, styles: Readonly<Record<string, boolean>>): string {
  let xml = stylesXml;
  for (const [styleId, suppressed] of Object.entries(styles)) {
    const start = xml.search(new RegExp(`<w:style [^>]*w:styleId="${styleId}"`));
    const end = start < 0 ? -1 : xml.indexOf('</w:style>', start);
    const propertiesStart = end < 0 ? -1 : xml.indexOf('<w:pPr>', start);
    if (propertiesStart < 0 || propertiesStart > end) throw new Error(`styles.xml has no paragraph properties for the style "${styleId}".`);
    const propertiesEnd = xml.indexOf('</w:pPr>', propertiesStart);
    const inner = xml.slice(propertiesStart + '<w:pPr>'.length, propertiesEnd);
    let insertAt = inner.length;
    for (const match of inner.matchAll(/<w:([A-Za-z]+)[\s/>]/g)) {
      if (LATER_PROPERTIES.has(match[1]!)) {
        insertAt = match.index;
        break;
      }
    }
    const element = suppressed ? '<w:suppressAutoHyphens/>' : '<w:suppressAutoHyphens w:val="0"/>';
    const at = propertiesStart + '<w:pPr>'.length + insertAt;
    xml = xml.slice(0, at) + element + xml.slice(at);
  }
  return xml;
}
