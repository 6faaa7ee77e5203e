import { describe, expect, it } from 'vitest';
import { layoutLetter } from '../../../../../../src/main/services/export/pdf/layout-letter';
import type { LayoutItem, LayoutTextRun, LetterLayout } from '../../../../../../src/main/services/export/pdf/layout-types';
import { frenchLetterWithLetterhead, sampleLetter, sampleSignatoryNames } from '../../../../../fixtures/pdf/sample-letters';

const EPSILON = 0.01;

const textRuns = (items: LayoutItem[]): LayoutTextRun[] => items.filter((item): item is LayoutTextRun => item.kind === 'text');

/** Lines of a page's body as text, in drawing order (runs sharing a baseline and column joined). */
const bodyLines = (layout: LetterLayout, pageIndex: number): string[] => {
  const lines: string[] = [];
  let previous: LayoutTextRun | null = null;
  for (const run of textRuns(layout.pages[pageIndex]!.body)) {
    if (previous && Math.abs(previous.baseline - run.baseline) < EPSILON && run.x >= previous.x) lines[lines.length - 1] += run.text;
    else lines.push(run.text);
    previous = run;
  }
  return lines.map((line) => line.trim());
};

const boundsOf = (item: LayoutItem): { left: number; right: number; top: number; bottom: number } =>
  item.kind === 'text'
    ? { left: item.x, right: item.x + item.width, top: item.baseline - item.sizePt * 0.75, bottom: item.baseline + item.sizePt * 0.3 }
    : { left: item.x, right: item.x + item.width, top: item.y, bottom: item.y + item.height };

describe('layoutLetter', () => {
  for (const [name, letter] of [
    ['the English letter with 120 signatories in two columns', sampleLetter()],
    ['the same letter in three columns on US Letter, sans', sampleLetter({ columns: 3, settings: { paperSize: 'letter', fontFamily: 'sans', fontSizePt: 10 } })],
    ['the French letter with a letterhead on every page', frenchLetterWithLetterhead()],
  ] as const) {
    it(`keeps every box of ${name} inside the margins, the footer inside the bottom margin`, () => {
      const layout = layoutLetter(letter);
      const { margins } = layout;
      for (const page of layout.pages) {
        // A link is an invisible clickable area: over a page's first line it may reach a point into the margin.
        for (const item of [...page.body, ...page.letterhead].filter((bodyItem) => bodyItem.kind !== 'link')) {
          const bounds = boundsOf(item);
          expect(bounds.left).toBeGreaterThanOrEqual(margins.left - EPSILON);
          expect(bounds.right).toBeLessThanOrEqual(layout.widthPt - margins.right + EPSILON);
          expect(bounds.top).toBeGreaterThanOrEqual(margins.top - EPSILON);
          if (item.kind === 'text') expect(item.baseline).toBeLessThanOrEqual(layout.heightPt - margins.bottom + EPSILON);
          else expect(bounds.bottom).toBeLessThanOrEqual(layout.heightPt - margins.bottom + EPSILON);
        }
        for (const item of page.footer) {
          const bounds = boundsOf(item);
          expect(bounds.top).toBeGreaterThanOrEqual(layout.heightPt - margins.bottom - EPSILON);
          expect(bounds.bottom).toBeLessThanOrEqual(layout.heightPt);
        }
      }
    });
  }

  it('sets the 120-signatory letter on three to four pages, every signatory once and in order', () => {
    const layout = layoutLetter(sampleLetter());
    expect(layout.pages.length).toBeGreaterThanOrEqual(3);
    expect(layout.pages.length).toBeLessThanOrEqual(4);
    const text = layout.pages.map((_, index) => bodyLines(layout, index).join('\n')).join('\n');
    let position = 0;
    for (const name of sampleSignatoryNames()) {
      const found = text.replace(/\n\s*/g, ' ').indexOf(name, position);
      expect(found, name).toBeGreaterThanOrEqual(0);
      position = found + name.length;
    }
  });

  it('numbers pages "Page X of Y" in the letter’s language', () => {
    const english = layoutLetter(sampleLetter());
    english.pages.forEach((page, index) => expect(textRuns(page.footer).map((run) => run.text).join('')).toBe(`Page ${index + 1} of ${english.pages.length}`));
    const french = layoutLetter(frenchLetterWithLetterhead());
    expect(textRuns(french.pages[0]!.footer).map((run) => run.text)).toContain(`Page 1 sur ${french.pages.length}`);
  });

  it('keeps headings off the bottom of a page and the signature block whole', () => {
    for (const letter of [sampleLetter(), sampleLetter({ settings: { fontSizePt: 12.5 } }), sampleLetter({ settings: { fontSizePt: 10, lineSpacing: 1.5 } })]) {
      const layout = layoutLetter(letter);
      for (const [index] of layout.pages.entries()) {
        const lines = bodyLines(layout, index);
        expect(['Our recommendations', 'Signatories']).not.toContain(lines.at(-1));
      }
      const signerPages = ['Amani Mwangi', 'José Ramírez Núñez', 'Chloé Lefèvre', 'Kenya Human Rights', 'Executive Director'].map((text) =>
        layout.pages.findIndex((_, index) => bodyLines(layout, index).some((line) => line.includes(text))),
      );
      expect(new Set(signerPages).size).toBe(1);
    }
  });

  it('puts the letterhead on every page when asked, with the logo', () => {
    const layout = layoutLetter(frenchLetterWithLetterhead());
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      expect(page.letterhead.some((item) => item.kind === 'image')).toBe(true);
      expect(textRuns(page.letterhead).map((run) => run.text)).toContain('Coalition pour la responsabilité');
    }
  });

  it('sets an empty letter, empty paragraphs and a signer without a name without failing', () => {
    const letter = sampleLetter();
    expect(layoutLetter({ ...letter, blocks: [] }).pages).toHaveLength(1);
    const layout = layoutLetter({
      ...letter,
      blocks: [
        { kind: 'paragraph', align: 'justify', runs: [] },
        { kind: 'paragraph', align: 'left', runs: [{ text: '   ' }] },
        { kind: 'signatureBlock', signers: [{ name: '', title: 'Coordinator', organization: 'Secretariat' }] },
        { kind: 'signatoryList', heading: 'Signatories', countLine: '', columns: 3, groups: [] },
      ],
    });
    expect(layout.pages).toHaveLength(1);
    expect(textRuns(layout.pages[0]!.body).map((run) => run.text)).toEqual(expect.arrayContaining(['Coordinator', 'Secretariat', 'Signatories']));
  });

  it('keeps each country of a grouped list with its first entries in one column', () => {
    const names = sampleSignatoryNames(120).map((name) => name.replace(/ \(.*\)$/, ''));
    const countries = ['Argentina', 'Bénin', 'Côte d’Ivoire', 'España', 'México', 'Perú', 'Türkiye', 'Việt Nam', 'Polska', 'România', 'Kenya', 'Pakistan'];
    const groups = countries.map((title, index) => ({ title, entries: names.slice(index * 10, index * 10 + 10) }));
    const layout = layoutLetter({ ...sampleLetter(), blocks: [{ kind: 'signatoryList', heading: 'Signatories', countLine: '', columns: 3, groups }] });
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      const runs = textRuns(page.body);
      for (const title of runs.filter((run) => countries.includes(run.text))) {
        const below = runs.filter((run) => Math.abs(run.x - title.x) < 12 && run.baseline > title.baseline);
        expect(below.length, title.text).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
