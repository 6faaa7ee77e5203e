import { describe, expect, it } from 'vitest';
import { keepHeadingEndTogether } from '../../../../../../src/main/services/export/docx/keep-heading-end-together';
import { loadFontFace } from '../../../../../../src/main/services/export/pdf/load-font-face';

/** The serif bold face at 13 pt, as the DOCX heading is set. */
const { font } = loadFontFace('serif-bold');
const measure = (text: string): number => (font.layout(text).advanceWidth / font.unitsPerEm) * 13;
const HEADING = 'Regional action to prevent mass atrocities: the coming General Assembly dialogue';

describe('keepHeadingEndTogether', () => {
  it('joins the last two words with a no-break space when the heading is wider than the line', () => {
    const lineWidth = measure(HEADING) * 0.8;
    expect(keepHeadingEndTogether([{ text: HEADING }], measure, lineWidth)).toEqual([
      { text: 'Regional action to prevent mass atrocities: the coming General Assembly\u00a0dialogue' },
    ]);
  });

  it('leaves a heading that fits with room to spare, and one of two words, as it is', () => {
    expect(keepHeadingEndTogether([{ text: HEADING }], measure, measure(HEADING) * 1.1)).toEqual([{ text: HEADING }]);
    expect(keepHeadingEndTogether([{ text: 'Next steps' }], measure, 10)).toEqual([{ text: 'Next steps' }]);
  });

  it('finds the last space across runs and after a typed line break, keeping each run’s style', () => {
    const runs = [
      { text: 'Our asks' },
      { text: '\n' },
      { text: 'for the coming ', bold: true },
      { text: 'session', italic: true },
    ];
    expect(keepHeadingEndTogether(runs, measure, measure('for the coming session') * 0.9)).toEqual([
      { text: 'Our asks' },
      { text: '\n' },
      { text: 'for the coming\u00a0', bold: true },
      { text: 'session', italic: true },
    ]);
  });
});
