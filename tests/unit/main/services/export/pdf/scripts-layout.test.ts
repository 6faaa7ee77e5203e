import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '../../../../../../src/shared/model/page-settings';
import { layoutParagraphLines, type ParagraphLine } from '../../../../../../src/main/services/export/pdf/layout-paragraph-lines';
import type { LayoutTextRun } from '../../../../../../src/main/services/export/pdf/layout-types';
import { createTypesetContext } from '../../../../../../src/main/services/export/pdf/typeset-context';
import { visualOrder } from '../../../../../../src/main/services/export/pdf/visual-order';

const context = createTypesetContext(DEFAULT_PAGE_SETTINGS);
const plain = context.style();

const textRuns = (line: ParagraphLine): LayoutTextRun[] => line.items.filter((item): item is LayoutTextRun => item.kind === 'text');
const set = (text: string, measure = 400): ParagraphLine[] => layoutParagraphLines([{ text, style: plain }], { measure, align: 'left', language: 'en' });

describe('visualOrder', () => {
  it('reverses right-to-left sequences, and a left-to-right number inside them back again', () => {
    expect(visualOrder([0, 0, 1, 1, 1, 0])).toEqual([0, 1, 4, 3, 2, 5]);
    expect(visualOrder([1, 1, 2, 2, 1])).toEqual([4, 2, 3, 1, 0]);
    expect(visualOrder([0, 0, 0])).toEqual([0, 1, 2]);
  });
});

describe('lines in other scripts', () => {
  it('draws an Arabic name inside an English line right to left, its first word rightmost, between the English words', () => {
    const [line] = set('Signed by هيومن رايتس ووتش (HRW) today');
    const runs = textRuns(line!);
    const arabic = runs.filter((run) => run.face.startsWith('arabic-'));
    expect(arabic).toHaveLength(1);
    // One run in the Arabic face, spaces included, whose pieces are laid out in visual order: last word first.
    expect(arabic[0]!.text).toBe('ووتش رايتس هيومن');
    const signedBy = runs.find((run) => run.text.startsWith('Signed by'))!;
    const acronym = runs.find((run) => run.text.includes('(HRW)'))!;
    expect(signedBy.x).toBeLessThan(arabic[0]!.x);
    expect(arabic[0]!.x + arabic[0]!.width).toBeLessThanOrEqual(acronym.x + 0.001);
    expect(arabic[0]!.glyphIds).not.toContain(0);
  });

  it('joins Arabic letters: the same letter takes different glyphs at the start, middle and end of a word', () => {
    const [joined] = textRuns(set('ببب')[0]!);
    const [isolated] = textRuns(set('ب')[0]!);
    expect(joined!.face).toBe('arabic-regular');
    // Noto Naskh draws a dotted letter as a skeleton and its dots: the isolated letter's glyphs, less the shared dot, appear nowhere in the joined word.
    const joinedForms = new Set(joined!.glyphIds.filter((glyph) => !isolated!.glyphIds.includes(glyph)));
    expect(joinedForms.size).toBe(3);
  });

  it('reorders a Devanagari vowel sign before its consonant, and the glyphs\' texts read in drawing order still spell the word', () => {
    const [line] = set('अधिकार');
    const [run] = textRuns(line!);
    expect(run!.face).toBe('devanagari-regular');
    expect(run!.glyphTexts.join('')).toBe('अधिकार');
    // The vowel sign ि is drawn first: the reordered cluster धि shares its characters among its two glyphs in drawing order.
    expect(run!.glyphTexts.slice(1, 3)).toEqual(['ध', 'ि']);
  });

  it('gives an Arabic word\'s glyphs texts that read back, reversed, as the word: dots stand for nothing, a shared skeleton for its own letter', () => {
    const [run] = textRuns(set('الشبكة')[0]!);
    expect(run!.face).toBe('arabic-regular');
    expect([...run!.glyphTexts.join('')].reverse().join('')).toBe('الشبكة');
    expect(run!.glyphTexts.filter((text) => text === '').length).toBeGreaterThanOrEqual(2);
    // ش and س share one skeleton glyph; ب and ى (dotless) another: the glyph stands for the letter it drew each time.
    const [sheen] = textRuns(set('ش')[0]!);
    const [seen] = textRuns(set('س')[0]!);
    expect(sheen!.glyphTexts).toContain('ش');
    expect(seen!.glyphTexts).toEqual(['س']);
  });

  it('places Thai marks with offsets, and breaks a long Thai name between dictionary words, never inside one', () => {
    const name = 'ศูนย์ทนายความเพื่อสิทธิมนุษยชนและมูลนิธิผสานวัฒนธรรม';
    const lines = set(name, 90);
    expect(lines.length).toBeGreaterThan(1);
    const texts = lines.map((line) => textRuns(line).map((run) => run.text).join(''));
    expect(texts.join('')).toBe(name);
    const words = [...new Intl.Segmenter('th', { granularity: 'word' }).segment(name)].map((segment) => segment.segment);
    for (const text of texts) expect(words.some((word) => text.startsWith(word))).toBe(true);
    for (const line of lines) for (const run of textRuns(line)) expect(run.width).toBeLessThanOrEqual(90.001);
  });

  it('breaks a long Chinese name between characters when it does not fit', () => {
    const name = '中国人权捍卫者网络与国际人权服务社联合会';
    const lines = set(name, 60);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.map((line) => textRuns(line).map((run) => run.text).join('')).join('')).toBe(name);
    for (const line of lines) expect(line.naturalWidth).toBeLessThanOrEqual(60.001);
    expect(textRuns(lines[0]!)[0]!.face).toBe('chinese-regular');
  });

  it('draws a name in Traditional characters in the Traditional Chinese face, one in Simplified characters in the Simplified one', () => {
    expect(textRuns(set('台灣人權促進會')[0]!).map((run) => run.face)).toEqual(['traditionalChinese-regular']);
    expect(textRuns(set('香港人權監察')[0]!).map((run) => run.face)).toEqual(['traditionalChinese-regular']);
    expect(textRuns(set('中国人权捍卫者')[0]!).map((run) => run.face)).toEqual(['chinese-regular']);
  });

  it('draws bold Chinese, Japanese and Korean in their bold faces', () => {
    const bold = context.style({ bold: true });
    const boldRuns = (text: string): string[] => textRuns(layoutParagraphLines([{ text, style: bold }], { measure: 400, align: 'left', language: 'en' })[0]!).map((run) => run.face);
    expect(boldRuns('中国人权捍卫者')).toEqual(['chinese-bold']);
    expect(boldRuns('台灣人權促進會')).toEqual(['traditionalChinese-bold']);
    expect(boldRuns('東京の人権')).toEqual(['japanese-bold']);
    expect(boldRuns('참여연대')).toEqual(['korean-bold']);
  });

  it('draws kana and the kanji beside them in the Japanese face, Hangul in the Korean one', () => {
    expect(textRuns(set('ヒューマン・ライツ・ナウ 日本語')[0]!).map((run) => run.face)).toContain('japanese-regular');
    expect(textRuns(set('東京の人権')[0]!).map((run) => run.face)).toEqual(['japanese-regular']);
    expect(textRuns(set('참여연대')[0]!).map((run) => run.face)).toEqual(['korean-regular']);
  });

  it('leaves a Latin line as it was: one run in the primary face, no offsets, each glyph its own character', () => {
    const [line] = set('Kenya Human Rights Commission (Kenya) — “office” files');
    for (const run of textRuns(line!)) {
      expect(run.face.startsWith('serif-')).toBe(true);
      expect(run.xOffsets).toBeUndefined();
      expect(run.glyphTexts.join('')).toBe(run.text);
    }
  });
});
