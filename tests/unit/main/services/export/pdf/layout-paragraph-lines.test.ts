import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../../src/shared/model/page-settings';
import { layoutParagraphLines, type ParagraphLine, type StyledSpan } from '../../../../../../src/main/services/export/pdf/layout-paragraph-lines';
import type { LayoutTextRun } from '../../../../../../src/main/services/export/pdf/layout-types';
import { createTypesetContext } from '../../../../../../src/main/services/export/pdf/typeset-context';

const context = createTypesetContext(DEFAULT_PAGE_SETTINGS);
const plain = context.style();

const PARAGRAPH =
  'Yet the mechanism now faces a liquidity crisis that threatens its existence. Posts remain frozen, field missions have been postponed, and the secure storage of testimonies depends on temporary arrangements. Without a renewed mandate and predictable funding, evidence gathered at great personal risk by survivors and witnesses may be lost.';

const lineText = (line: ParagraphLine): string =>
  line.items
    .filter((item): item is LayoutTextRun => item.kind === 'text')
    .map((run) => run.text)
    .join('');

/** How far a line's spaces are stretched (positive) or shrunk (negative) in units of their stretch or shrink, as TeX counts it. */
const adjustmentRatio = (line: ParagraphLine, measure: number): number => {
  const difference = measure - line.naturalWidth;
  return difference >= 0 ? difference / (line.spaceWidth / 2) : difference / (line.spaceWidth / 3);
};

const words = (text: string): string[] => text.replace(/-\s*$/gm, '').split(/\s+/).filter(Boolean);

describe('layoutParagraphLines', () => {
  it('sets every justified line but the last to exactly the measure, and keeps every word in order', () => {
    const spans: StyledSpan[] = [{ text: PARAGRAPH, style: plain }];
    for (const measure of [453, 300, 200]) {
      const lines = layoutParagraphLines(spans, { measure, align: 'justify', language: 'en' });
      lines.slice(0, -1).forEach((line) => {
        expect(line.justified).toBe(true);
        expect(line.width).toBeCloseTo(measure, 6);
        const runs = line.items.filter((item): item is LayoutTextRun => item.kind === 'text');
        const right = Math.max(...runs.map((run) => run.x + run.width));
        expect(right).toBeCloseTo(measure, 3);
      });
      expect(lines.at(-1)!.justified).toBe(false);
      expect(lines.at(-1)!.width).toBeLessThanOrEqual(measure);
      const joined = lines.map((line) => (line.hyphenated ? lineText(line).replace(/-$/, '') : lineText(line) + ' ')).join('');
      expect(words(joined)).toEqual(words(PARAGRAPH));
    }
  });

  it('spaces lines more evenly than first fit would (Knuth–Plass total fit)', () => {
    const spans: StyledSpan[] = [{ text: PARAGRAPH, style: plain }];
    const measure = 250;
    const totalFit = layoutParagraphLines(spans, { measure, align: 'justify', language: 'en', hyphenate: false });
    const firstFit = layoutParagraphLines(spans, { measure, align: 'left', language: 'en' });
    const worst = (lines: ParagraphLine[]): number => Math.max(...lines.slice(0, -1).map((line) => Math.abs(adjustmentRatio(line, measure))));
    const sumOfCubes = (lines: ParagraphLine[]): number => lines.slice(0, -1).reduce((total, line) => total + Math.abs(adjustmentRatio(line, measure)) ** 3, 0);
    expect(sumOfCubes(totalFit)).toBeLessThan(sumOfCubes(firstFit));
    expect(worst(totalFit)).toBeLessThanOrEqual(worst(firstFit));
    for (const line of totalFit.slice(0, -1)) expect(adjustmentRatio(line, measure)).toBeGreaterThanOrEqual(-1.0001);
  });

  it('hyphenates only when the paragraph cannot be set without loose lines', () => {
    for (const measure of [453, 420, 380]) {
      const withoutHyphens = layoutParagraphLines([{ text: PARAGRAPH, style: plain }], { measure, align: 'justify', language: 'en', hyphenate: false });
      const settled = withoutHyphens.slice(0, -1).every((line) => adjustmentRatio(line, measure) <= 1.0001);
      const lines = layoutParagraphLines([{ text: PARAGRAPH, style: plain }], { measure, align: 'justify', language: 'en' });
      if (settled) expect(lines.some((line) => line.hyphenated)).toBe(false);
    }

    const narrow = layoutParagraphLines([{ text: PARAGRAPH, style: plain }], { measure: 160, align: 'justify', language: 'en' });
    const unhyphenated = layoutParagraphLines([{ text: PARAGRAPH, style: plain }], { measure: 160, align: 'justify', language: 'en', hyphenate: false });
    expect(narrow.some((line) => line.hyphenated)).toBe(true);
    const worst = (lines: ParagraphLine[]): number => Math.max(...lines.slice(0, -1).map((line) => adjustmentRatio(line, 160)));
    expect(worst(narrow)).toBeLessThan(worst(unhyphenated));
    for (const line of narrow.filter((candidate) => candidate.hyphenated)) expect(lineText(line)).toMatch(/\p{L}-$/u);
  });

  it('never hyphenates a web address', () => {
    const link = { ...plain, href: 'https://example.org/recommendations/independent-accountability', underline: false };
    const lines = layoutParagraphLines(
      [
        { text: 'The texts are published at ', style: plain },
        { text: 'https://example.org/recommendations/independent-accountability', style: link },
        { text: ' for everyone.', style: plain },
      ],
      { measure: 180, align: 'justify', language: 'en' },
    );
    for (const line of lines.filter((candidate) => candidate.hyphenated)) expect(lineText(line)).not.toMatch(/example|recommend|accountab/);
    expect(lines.flatMap((line) => line.items).some((item) => item.kind === 'link')).toBe(true);
  });

  it('never hyphenates a name inside a sentence, an acronym, a word with digits or a merged value', () => {
    const text =
      'Regional bodies such as the Organisation of Islamic Cooperation, the Southern African Development Community and the ECOWAS Commission should report to the General Assembly by 2027 on implementation, with the AU2063 framework and the Intergovernmental Authority on Development. ';
    const merged = 'Plurinational Commonwealth Administration';
    let hyphenatedLines = 0;
    for (const measure of [110, 125, 140, 160]) {
      const lines = layoutParagraphLines(
        [
          { text, style: plain },
          { text: 'We address the ', style: plain },
          { text: merged, style: plain, hyphenate: false },
          { text: ' with the greatest consideration for its representatives.', style: plain },
        ],
        { measure, align: 'justify', language: 'en' },
      );
      for (const line of lines.filter((candidate) => candidate.hyphenated)) {
        hyphenatedLines += 1;
        const lastWord = lineText(line).trim().split(' ').at(-1)!;
        // Only a lower-case word (or the first of a sentence) may be divided.
        expect(lastWord).toMatch(/^\p{Ll}{3,}-$|^Regional-|^We-/u);
      }
    }
    expect(hyphenatedLines).toBeGreaterThan(0);
  });

  it('keeps ragged lines within the measure and aligns them', () => {
    for (const align of ['left', 'center', 'right'] as const) {
      const lines = layoutParagraphLines([{ text: PARAGRAPH, style: plain }], { measure: 300, align, language: 'en' });
      for (const line of lines) {
        expect(line.justified).toBe(false);
        expect(line.width).toBeLessThanOrEqual(300 + 1e-6);
        expect(line.x).toBeGreaterThanOrEqual(-1e-6);
        expect(line.x + line.width).toBeLessThanOrEqual(300 + 1e-6);
        if (align === 'right') expect(line.x + line.width).toBeCloseTo(300, 6);
        if (align === 'center') expect(line.x * 2 + line.width).toBeCloseTo(300, 6);
      }
    }
  });

  it('breaks at a line break run, indents continuation lines and switches to the fallback face for missing letters', () => {
    const lines = layoutParagraphLines([{ text: 'Palais des Nations\n1211 Genève 10', style: plain }], { measure: 400, align: 'justify', language: 'fr' });
    expect(lines.map(lineText)).toEqual(['Palais des Nations', '1211 Genève 10']);
    expect(lines[0]!.justified).toBe(false);

    const hanging = layoutParagraphLines([{ text: 'Associação Brasileira de Organizações Não Governamentais (Brasil)', style: plain }], { measure: 150, continuationIndent: 11, align: 'left', language: 'en' });
    expect(hanging.length).toBeGreaterThan(1);
    for (const line of hanging.slice(1)) expect(line.x).toBeCloseTo(11, 6);

    const [line] = layoutParagraphLines([{ text: 'Ŧhe Ĭnstitute', style: plain }], { measure: 400, align: 'left', language: 'en' });
    const faces = line!.items.filter((item): item is LayoutTextRun => item.kind === 'text').map((run) => run.face);
    expect(faces).toContain('serifFallback-regular');
    expect(faces).toContain('serif-regular');
    expect(lineText(line!)).toBe('Ŧhe Ĭnstitute');
  });
});

describe('layoutParagraphLines with a word wider than the line', () => {
  it('breaks the word between characters instead of running past the margin', () => {
    const word = 'Internationalorganizationforthepreventionofgenocideandmassatrocities';
    for (const align of ['left', 'justify'] as const) {
      const lines = layoutParagraphLines([{ text: `The ${word} signs.`, style: plain }], { measure: 120, align, language: 'en' });
      for (const line of lines) expect(line.x + line.width).toBeLessThanOrEqual(120 + 1e-6);
      expect(lines.map(lineText).join('').replace(/\s+/g, '')).toBe(`The${word}signs.`);
    }
  });
});
