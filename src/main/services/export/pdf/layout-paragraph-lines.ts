import LineBreaker from 'linebreak';
import type { InputItem } from 'tex-linebreak';
import type { TextAlignment } from '../../../../shared/document/nodes';
import type { LetterLanguage } from '../../../../shared/model/page-settings';
import { hyphenationPoints } from './hyphenation-points';
import type { LayoutItem, LayoutTextRun, RgbColor } from './layout-types';
import { bidiLevels, mirroredText } from './bidi-levels';
import { dictionaryBreakPositions } from './dictionary-break-positions';
import { faceForCharacter } from './face-for-character';
import { hasGlyph } from './has-glyph';
import type { FontFace, ShapedPiece } from './load-font-face';
import { shapeText } from './shape-text';
import type { StructureElement } from './structure-element';
import { visualOrder } from './visual-order';
import { texLineBreak } from './tex-linebreak-module';

const NO_SCRIPT_OF_ITS_OWN = /[\p{Script=Common}\p{Script=Inherited}]/u;
const { breakLines, forcedBreak, lineContentStart, MaxAdjustmentExceededError, PARAGRAPH_START } = texLineBreak;

export interface InlineStyle {
  primary: FontFace;
  fallback: FontFace;
  sizePt: number;
  color: RgbColor;
  underline: boolean;
  href: string | null;
  /** A background colour behind the text (an unresolved field). */
  highlight: RgbColor | null;
  /** The structure element of the span's text when it is not the paragraph's own (a Link). */
  structure?: StructureElement;
}

export interface StyledSpan {
  text: string;
  style: InlineStyle;
  /** False for text that must never take a hyphen, such as a value merged in for the recipient. */
  hyphenate?: boolean;
}

export interface ParagraphLineOptions {
  /** Width available to the first line, in points. */
  measure: number;
  /** Indent of every line after the first (a hanging indent), in points; the measure shrinks by it. */
  continuationIndent?: number;
  align: TextAlignment;
  language: LetterLanguage;
  /** Hyphenate when a justified paragraph cannot be set without loose lines. Defaults to true. */
  hyphenate?: boolean;
}

/** One set line: items with x from the paragraph's left edge and y from the line's baseline. */
export interface ParagraphLine {
  x: number;
  /** Set width: the measure when justified, the natural width otherwise. */
  width: number;
  /** Width with every interword space at its natural width. */
  naturalWidth: number;
  /** Interword spaces on the line, and their natural width in total. */
  spaceCount: number;
  spaceWidth: number;
  measure: number;
  justified: boolean;
  hyphenated: boolean;
  items: LayoutItem[];
}

interface ItemSource {
  span: number;
  text: string;
  /** A penalty where breaking adds a hyphen. */
  addsHyphen: boolean;
}

/** Interword glue as in TeX: stretch by half a space, shrink by a third. */
const STRETCH_RATIO = 1 / 2;
const SHRINK_RATIO = 1 / 3;
const HYPHEN_PENALTY = 50;
const EXPLICIT_BREAK_PENALTY = 50;
const ADDRESS_BREAK_PENALTY = 200;
const DOUBLE_HYPHEN_DEMERITS = 3000;
const ADJACENT_FITNESS_DEMERITS = 3000;
/** Pass 1 accepts lines stretched by at most their glue's stretch (TeX's \pretolerance of about 100). */
const FIRST_PASS_MAXIMUM_RATIO = 1;
const FINISHING_GLUE_STRETCH = 100_000;
const COLLAPSIBLE_SPACE = /[ \t\n\r]/;
/** Addresses and paths are never hyphenated: a hyphen would change them. */
const URL_LIKE = /[/@]|\.\p{L}|^www|^https?:/u;
const SENTENCE_END = /(^|[.!?…])["'”’»)\]]*$/u;
const CAPITALISED_OR_NUMBERED = /^\P{L}*\p{Lu}|\p{N}/u;

/** A capitalised word inside a sentence is a name, and a word with digits a number or code: neither takes a hyphen. */
function isNameOrNumber(text: string, fullText: string, start: number): boolean {
  if (!CAPITALISED_OR_NUMBERED.test(text)) return false;
  if (/\p{N}/u.test(text)) return true;
  return !SENTENCE_END.test(fullText.slice(0, start).trimEnd());
}

function widthOf(style: InlineStyle, text: string): number {
  return shapeText(style.primary, style.fallback, text).width * style.sizePt;
}

function buildItems(
  spans: StyledSpan[],
  language: LetterLanguage,
  hyphenate: boolean,
  narrowestLine: number,
): { items: InputItem[]; sources: ItemSource[] } {
  const items: InputItem[] = [];
  const sources: ItemSource[] = [];
  let fullText = '';
  const spanEnds: number[] = [];
  for (const span of spans) {
    fullText += span.text;
    spanEnds.push(fullText.length);
  }
  const spanAt = (offset: number): number => {
    for (let index = 0; index < spanEnds.length; index++) if (offset < spanEnds[index]!) return index;
    return spanEnds.length - 1;
  };
  let segmentStart = 0;
  const pushBoxes = (start: number, end: number): void => {
    let offset = start;
    while (offset < end) {
      const span = spanAt(offset);
      const pieceEnd = Math.min(end, spanEnds[span]!);
      const text = fullText.slice(offset, pieceEnd);
      const style = spans[span]!.style;
      const address = hyphenate && (style.href !== null || URL_LIKE.test(fullText.slice(wordStart(fullText, segmentStart), end)));
      if (address || widthOf(style, text) > narrowestLine) {
        // An address (or a word wider than the line) may break between any two characters, without a hyphen, rather than leave a line gaping or overflow.
        Array.from(text).forEach((character, index) => {
          if (index > 0) {
            items.push({ type: 'penalty', width: 0, cost: ADDRESS_BREAK_PENALTY, flagged: false });
            sources.push({ span, text: '', addsHyphen: false });
          }
          items.push({ type: 'box', width: widthOf(style, character) });
          sources.push({ span, text: character, addsHyphen: false });
        });
      } else {
        const hyphenates =
          hyphenate && spans[span]!.hyphenate !== false && !isNameOrNumber(text, fullText, wordStart(fullText, segmentStart));
        const fragments = hyphenates ? splitAtHyphenationPoints(text, language) : [text];
        fragments.forEach((fragment, index) => {
          if (index > 0) {
            items.push({ type: 'penalty', width: style.primary.hyphenAdvance * style.sizePt, cost: HYPHEN_PENALTY, flagged: true });
            sources.push({ span, text: '', addsHyphen: true });
          }
          items.push({ type: 'box', width: widthOf(style, fragment) });
          sources.push({ span, text: fragment, addsHyphen: false });
        });
      }
      offset = pieceEnd;
    }
  };
  const finishLine = (span: number): void => {
    items.push({ type: 'glue', width: 0, stretch: FINISHING_GLUE_STRETCH, shrink: 0 });
    sources.push({ span, text: '', addsHyphen: false });
    items.push(forcedBreak());
    sources.push({ span, text: '', addsHyphen: false });
  };

  let last = 0;
  for (const end of breakOpportunities(fullText)) {
    let contentEnd = end;
    while (contentEnd > last && COLLAPSIBLE_SPACE.test(fullText[contentEnd - 1]!)) contentEnd--;
    segmentStart = last;
    if (contentEnd > last) pushBoxes(last, contentEnd);
    const trailing = fullText.slice(contentEnd, end);
    const atEnd = end >= fullText.length;
    if (trailing.includes('\n') && !atEnd) {
      finishLine(spanAt(contentEnd));
    } else if (atEnd) {
      // the paragraph's finishing glue is added below
    } else if (trailing.length > 0) {
      const span = spanAt(contentEnd);
      const style = spans[span]!.style;
      const space = style.primary.spaceAdvance * style.sizePt;
      if (items.length > 0 && items[items.length - 1]!.type === 'box') {
        items.push({ type: 'glue', width: space, stretch: space * STRETCH_RATIO, shrink: space * SHRINK_RATIO });
        sources.push({ span, text: ' ', addsHyphen: false });
      }
    } else if (contentEnd > last) {
      const flagged = /[-\u2010\u2013]$/.test(fullText.slice(last, contentEnd));
      items.push({ type: 'penalty', width: 0, cost: EXPLICIT_BREAK_PENALTY, flagged });
      sources.push({ span: spanAt(contentEnd), text: '', addsHyphen: false });
    }
    last = end;
  }
  finishLine(spans.length - 1);
  return { items, sources };
}

/** Where a line may break: UAX #14's opportunities, and the dictionary's inside Thai, Lao, Khmer and Myanmar words. */
function breakOpportunities(text: string): number[] {
  const positions: number[] = [];
  const breaker = new LineBreaker(text);
  for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) positions.push(opportunity.position);
  const dictionary = dictionaryBreakPositions(text);
  if (dictionary.length === 0) return positions;
  return [...new Set([...positions, ...dictionary])].sort((first, second) => first - second);
}

/** Start of the space-delimited word holding an offset, so that "example.org/recommendations" is seen whole. */
function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !COLLAPSIBLE_SPACE.test(text[start - 1]!)) start--;
  return start;
}

const splitWords = new Map<string, string[]>();
const MAXIMUM_SPLIT_WORDS = 50_000;

function splitAtHyphenationPoints(text: string, language: LetterLanguage): string[] {
  const key = language + text;
  let fragments = splitWords.get(key);
  if (!fragments) {
    fragments = splitWordAtHyphenationPoints(text, language);
    if (splitWords.size >= MAXIMUM_SPLIT_WORDS) splitWords.clear();
    splitWords.set(key, fragments);
  }
  return fragments;
}

function splitWordAtHyphenationPoints(text: string, language: LetterLanguage): string[] {
  const match = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(text);
  if (!match) return [text];
  const [, leading, word, trailing] = match as unknown as [string, string, string, string];
  const points = hyphenationPoints(word, language);
  if (points.length === 0) return [text];
  const fragments: string[] = [];
  let previous = 0;
  for (const point of points) {
    fragments.push(word.slice(previous, point));
    previous = point;
  }
  fragments.push(word.slice(previous));
  fragments[0] = leading + fragments[0]!;
  fragments[fragments.length - 1] += trailing;
  return fragments;
}

function isBreakpoint(items: InputItem[], index: number): boolean {
  const item = items[index]!;
  if (item.type === 'glue') return index > 0 && items[index - 1]!.type === 'box';
  return item.type === 'penalty' && item.cost < 1000;
}

function lineWidth(items: InputItem[], start: number, end: number): number {
  let width = 0;
  for (let index = lineContentStart(items, start, end); index <= end; index++) {
    const item = items[index]!;
    if (item.type === 'box') width += item.width;
    else if (item.type === 'glue' && index !== end) width += item.width;
    else if (item.type === 'penalty' && index === end) width += item.width;
  }
  return width;
}

/** A paragraph that fits on one line needs no break opportunities: its words are the runs between spaces. Null when it does not fit. */
function setAsOneLine(spans: StyledSpan[], options: ParagraphLineOptions): ParagraphLine | null {
  const words: LineWord[] = [];
  const spaces: number[] = [];
  let width = 0;
  let inWord = false;
  for (let span = 0; span < spans.length; span++) {
    const { text, style } = spans[span]!;
    let index = 0;
    while (index < text.length) {
      let end = index;
      if (COLLAPSIBLE_SPACE.test(text[index]!)) {
        while (end < text.length && COLLAPSIBLE_SPACE.test(text[end]!)) {
          if (text[end] === '\n' || text[end] === '\r') return null;
          end++;
        }
        if (inWord) {
          spaces.push(span);
          width += style.primary.spaceAdvance * style.sizePt;
          inWord = false;
        }
      } else {
        while (end < text.length && !COLLAPSIBLE_SPACE.test(text[end]!)) end++;
        const piece = text.slice(index, end);
        if (!inWord) words.push({ parts: [] });
        const parts = words[words.length - 1]!.parts;
        const last = parts[parts.length - 1];
        if (last && last.span === span) last.text += piece;
        else parts.push({ span, text: piece, addsHyphen: false });
        width += widthOf(style, piece);
        if (width > options.measure) return null;
        inWord = true;
      }
      index = end;
    }
  }
  if (words.length === 0) return null;
  while (spaces.length >= words.length) {
    const span = spaces.pop()!;
    width -= spans[span]!.style.primary.spaceAdvance * spans[span]!.style.sizePt;
  }
  if (width > options.measure) return null;
  return setLine(words, spaces, spans, options.measure, 0, false, options.align, false);
}

function fitsOnOneLine(items: InputItem[], measure: number): boolean {
  let width = 0;
  for (let index = 0; index < items.length - 1; index++) {
    const item = items[index]!;
    if (item.type !== 'penalty') width += item.width;
    else if (item.cost <= -1000) return false;
  }
  return width <= measure;
}

/** Whether a line would run past its measure even with its spaces shrunk: Knuth–Plass's last resort when a line has no space to stretch. */
function hasOverfullLine(items: InputItem[], breakpoints: number[], lineLengths: (line: number) => number): boolean {
  for (let line = 0; line < breakpoints.length - 1; line++) {
    const end = breakpoints[line + 1]!;
    const start = line === 0 ? PARAGRAPH_START : breakpoints[line]!;
    let shrink = 0;
    for (let index = lineContentStart(items, start, end); index < end; index++) {
      const item = items[index]!;
      if (item.type === 'glue') shrink += item.shrink;
    }
    if (lineWidth(items, start, end) - shrink > lineLengths(line) + 0.01) return true;
  }
  return false;
}

/** First-fit breaking for ragged text, in tex-linebreak's breakpoint format. */
function breakFirstFit(items: InputItem[], lineLengths: (line: number) => number): number[] {
  const breakpoints = [0];
  let start = PARAGRAPH_START;
  let candidate = -1;
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (!isBreakpoint(items, index)) continue;
    const fits = lineWidth(items, start, index) <= lineLengths(breakpoints.length - 1) + 0.001;
    if (!fits && candidate >= 0) {
      breakpoints.push(candidate);
      start = candidate;
      candidate = -1;
      index = start;
      continue;
    }
    if (item.type === 'penalty' && item.cost <= -1000) {
      breakpoints.push(index);
      start = index;
      candidate = -1;
      continue;
    }
    candidate = index;
  }
  return breakpoints;
}

function breakTotalFit(items: InputItem[], lineLengths: number | number[], maximumRatio: number | null): number[] {
  return breakLines(items, lineLengths, {
    maxAdjustmentRatio: maximumRatio,
    initialMaxAdjustmentRatio: FIRST_PASS_MAXIMUM_RATIO,
    doubleHyphenPenalty: DOUBLE_HYPHEN_DEMERITS,
    adjacentLooseTightPenalty: ADJACENT_FITNESS_DEMERITS,
  });
}

interface LineWord {
  parts: ItemSource[];
}

/**
 * Breaks a paragraph into lines: Knuth–Plass total fit for justified text (hyphenating only when
 * the first pass finds no set of lines within the glue's stretch), first fit for ragged text.
 */
export function layoutParagraphLines(spans: StyledSpan[], options: ParagraphLineOptions): ParagraphLine[] {
  const nonEmpty = spans.filter((span) => span.text.length > 0);
  if (nonEmpty.length === 0) return [];
  const continuationIndent = options.continuationIndent ?? 0;
  const lengthOf = (line: number): number => (line === 0 ? options.measure : options.measure - continuationIndent);
  const justify = options.align === 'justify';

  const oneLine = setAsOneLine(nonEmpty, options);
  if (oneLine) return [oneLine];
  const narrowestLine = Math.min(options.measure, options.measure - continuationIndent);
  let { items, sources } = buildItems(nonEmpty, options.language, false, narrowestLine);
  let breakpoints: number[];
  if (fitsOnOneLine(items, options.measure)) {
    breakpoints = [0, items.length - 1];
  } else if (justify) {
    const lengths = continuationIndent === 0 ? options.measure : Array.from({ length: items.length + 1 }, (_, line) => lengthOf(line));
    try {
      breakpoints = breakTotalFit(items, lengths, FIRST_PASS_MAXIMUM_RATIO);
    } catch (error) {
      if (!(error instanceof MaxAdjustmentExceededError)) throw error;
      ({ items, sources } = buildItems(nonEmpty, options.language, options.hyphenate ?? true, narrowestLine));
      const hyphenatedLengths =
        continuationIndent === 0 ? options.measure : Array.from({ length: items.length + 1 }, (_, line) => lengthOf(line));
      try {
        breakpoints = breakTotalFit(items, hyphenatedLengths, null);
      } catch {
        breakpoints = breakFirstFit(items, lengthOf);
      }
    }
    if (hasOverfullLine(items, breakpoints, lengthOf)) breakpoints = breakFirstFit(items, lengthOf);
  } else {
    breakpoints = breakFirstFit(items, lengthOf);
  }

  const lines: ParagraphLine[] = [];
  for (let line = 0; line < breakpoints.length - 1; line++) {
    const end = breakpoints[line + 1]!;
    const start = lineContentStart(items, line === 0 ? PARAGRAPH_START : breakpoints[line]!, end);
    const words: LineWord[] = [];
    const spaces: number[] = [];
    let previousWasGlue = true;
    let hyphenated = false;
    for (let index = start; index <= end; index++) {
      const item = items[index]!;
      const source = sources[index]!;
      if (item.type === 'box') {
        if (previousWasGlue || words.length === 0) words.push({ parts: [] });
        const parts = words[words.length - 1]!.parts;
        const lastPart = parts[parts.length - 1];
        if (lastPart && lastPart.span === source.span) lastPart.text += source.text;
        else parts.push({ ...source });
        previousWasGlue = false;
      } else if (item.type === 'glue' && index !== end && source.text === ' ') {
        if (!previousWasGlue) spaces.push(source.span);
        previousWasGlue = true;
      } else if (item.type === 'penalty' && index === end && source.addsHyphen && words.length > 0) {
        const parts = words[words.length - 1]!.parts;
        parts[parts.length - 1]!.text += '-';
        hyphenated = true;
      }
    }
    while (spaces.length >= words.length && spaces.length > 0) spaces.pop();
    const endItem = items[end]!;
    const endsParagraphOrForced = endItem.type === 'penalty' && endItem.cost <= -1000;
    lines.push(
      setLine(
        words,
        spaces,
        nonEmpty,
        lengthOf(line),
        line === 0 ? 0 : continuationIndent,
        justify && !endsParagraphOrForced,
        options.align,
        hyphenated,
      ),
    );
  }
  return lines;
}

interface DecorationSegment {
  span: number;
  x0: number;
  x1: number;
}

/** A shaped piece or an interword space of a line, in logical order, with its embedding level. */
type LineElement = { kind: 'piece'; span: number; piece: ShapedPiece; level: number } | { kind: 'space'; span: number; level: number };

/** A stretch of a word at one embedding level, before shaping. */
interface LevelPart {
  span: number;
  text: string;
  level: number;
  /** For a right-to-left part, the face of its first letter of a script of its own (null when it has none or it is the primary face). */
  face: FontFace | null;
}

/** The script face of a right-to-left text's first letter of a script of its own, or null when it has none or the primary face draws it. */
function rightToLeftFaceOf(style: InlineStyle, text: string): FontFace | null {
  for (const character of text) {
    if (NO_SCRIPT_OF_ITS_OWN.test(character)) continue;
    const face = faceForCharacter(style.primary, style.fallback, character, text);
    return face === null || face === style.primary || face === style.fallback ? null : face;
  }
  return null;
}

/**
 * A line's pieces and spaces in logical order; a line holding right-to-left text is split where its
 * embedding level changes. Dashes, brackets and other characters of no script inside a
 * right-to-left stretch are drawn in that stretch's face when it has them (the face of the part's
 * own letters, else of the nearest right-to-left part before or after it), so the stretch is one
 * run: pdf.js reads a run's spaces but sees no space where it jumps leftwards to the next run.
 */
function lineElements(words: LineWord[], spaces: number[], spans: StyledSpan[]): LineElement[] {
  let lineText = '';
  for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
    for (const part of words[wordIndex]!.parts) lineText += part.text;
    if (wordIndex < spaces.length) lineText += ' ';
  }
  const levels = bidiLevels(lineText);
  const elements: LineElement[] = [];
  if (levels === null) {
    for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
      for (const part of words[wordIndex]!.parts) {
        const style = spans[part.span]!.style;
        for (const piece of shapeText(style.primary, style.fallback, part.text).pieces)
          elements.push({ kind: 'piece', span: part.span, piece, level: 0 });
      }
      if (wordIndex < spaces.length) elements.push({ kind: 'space', span: spaces[wordIndex]!, level: 0 });
    }
    return elements;
  }
  const parts: (LevelPart | { span: number; level: number; space: true })[] = [];
  let offset = 0;
  for (let wordIndex = 0; wordIndex < words.length; wordIndex++) {
    for (const part of words[wordIndex]!.parts) {
      const style = spans[part.span]!.style;
      let runStart = 0;
      for (let index = 1; index <= part.text.length; index++) {
        if (index < part.text.length && levels[offset + index] === levels[offset + runStart]) continue;
        const level = levels[offset + runStart]!;
        const text = part.text.slice(runStart, index);
        parts.push({ span: part.span, text, level, face: level % 2 === 1 ? rightToLeftFaceOf(style, text) : null });
        runStart = index;
      }
      offset += part.text.length;
    }
    if (wordIndex < spaces.length) {
      parts.push({ span: spaces[wordIndex]!, level: levels[offset]!, space: true });
      offset += 1;
    }
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if ('space' in part) {
      elements.push({ kind: 'space', span: part.span, level: part.level });
      continue;
    }
    const style = spans[part.span]!.style;
    if (part.level % 2 === 0) {
      for (const piece of shapeText(style.primary, style.fallback, part.text).pieces)
        elements.push({ kind: 'piece', span: part.span, piece, level: part.level });
      continue;
    }
    const neutralFace = part.face ?? nearestRightToLeftFace(parts, index);
    for (const piece of shapeText(style.primary, style.fallback, mirroredText(part.text), neutralFace).pieces)
      elements.push({ kind: 'piece', span: part.span, piece, level: part.level });
  }
  return elements;
}

/** The face of the nearest right-to-left part with letters of its own, looking back first, within the same right-to-left stretch. */
function nearestRightToLeftFace(
  parts: readonly (LevelPart | { span: number; level: number; space: true })[],
  index: number,
): FontFace | null {
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < parts.length; other += step) {
      const part = parts[other]!;
      if (part.level % 2 === 0) break;
      if (!('space' in part) && part.face !== null) return part.face;
    }
  }
  return null;
}

function setLine(
  words: LineWord[],
  spaces: number[],
  spans: StyledSpan[],
  measure: number,
  indent: number,
  justify: boolean,
  align: TextAlignment,
  hyphenated: boolean,
): ParagraphLine {
  const elements = lineElements(words, spaces, spans);
  let natural = 0;
  let spaceWidth = 0;
  for (const element of elements) {
    const style = spans[element.span]!.style;
    if (element.kind === 'piece') natural += element.piece.width * style.sizePt;
    else spaceWidth += style.primary.spaceAdvance * style.sizePt;
  }
  natural += spaceWidth;
  // The last line of a justified paragraph keeps natural spaces unless Knuth–Plass set it shrunk to fit.
  const justified = spaces.length > 0 && (justify || (align === 'justify' && natural > measure));
  const extraPerSpace = justified ? (measure - natural) / spaces.length : 0;
  let x = indent;
  if (!justified && align === 'center') x += (measure - natural) / 2;
  else if (!justified && align === 'right') x += measure - natural;
  const start = x;

  const items: LayoutItem[] = [];
  const runs: LayoutTextRun[] = [];
  /** Per run, the first of its elements in logical order. */
  const runStarts: number[] = [];
  const segments: DecorationSegment[] = [];
  let run: LayoutTextRun | null = null;
  let runFace: FontFace | null = null;
  let previousSpan = -1;
  const order = elements.some((element) => element.level > 0) ? visualOrder(elements.map((element) => element.level)) : null;
  /** The run the element at `logical` continues (same face, size, colour and structure), or a new one starting at x. */
  const runInFace = (face: FontFace, style: InlineStyle, logical: number): LayoutTextRun => {
    const size = style.sizePt;
    if (!run || run.face !== face.name || run.sizePt !== size || run.color !== style.color || run.structure !== style.structure) {
      run = {
        kind: 'text',
        x,
        baseline: 0,
        face: face.name,
        sizePt: size,
        glyphIds: [],
        glyphTexts: [],
        advances: [],
        width: 0,
        text: '',
        color: style.color,
        structure: style.structure,
      };
      runs.push(run);
      runStarts.push(logical);
      runFace = face;
    }
    runStarts[runStarts.length - 1] = Math.min(runStarts[runStarts.length - 1]!, logical);
    return run;
  };
  for (let position = 0; position < elements.length; position++) {
    const logical = order === null ? position : order[position]!;
    const element = elements[logical]!;
    const style = spans[element.span]!.style;
    const size = style.sizePt;
    if (element.kind === 'space') {
      // A space between right-to-left words is drawn in their face, so a reader keeps the words together in one run.
      const face: FontFace = element.level % 2 === 1 && runFace !== null && hasGlyph(runFace, 0x20) ? runFace : style.primary;
      const advance = style.primary.spaceAdvance * size + extraPerSpace;
      run = runInFace(face, style, logical);
      run.glyphIds.push(face.spaceGlyphId);
      run.glyphTexts.push(' ');
      run.advances.push(advance);
      run.xOffsets?.push(0);
      run.yOffsets?.push(0);
      run.width += advance;
      run.text += ' ';
      x += advance;
      continue;
    }
    const { piece } = element;
    const partStart = x;
    run = runInFace(piece.face, style, logical);
    appendPiece(run, piece, size, element.level % 2 === 1);
    x += piece.width * size;
    const lastSegment = segments[segments.length - 1];
    const decorated = style.highlight !== null || style.underline || style.href !== null;
    if (lastSegment && previousSpan === element.span) lastSegment.x1 = x;
    else if (decorated) segments.push({ span: element.span, x0: partStart, x1: x });
    previousSpan = decorated ? element.span : -1;
  }

  const decorations: LayoutItem[] = [];
  for (const segment of segments) {
    const style = spans[segment.span]!.style;
    const top = -style.primary.ascender * style.sizePt;
    const height = (style.primary.ascender - style.primary.descender) * style.sizePt;
    const segmentWidth = segment.x1 - segment.x0;
    if (style.highlight) items.push({ kind: 'rect', x: segment.x0, y: top, width: segmentWidth, height, color: style.highlight });
    if (style.underline || style.href) {
      decorations.push({
        kind: 'rect',
        x: segment.x0,
        y: style.sizePt * 0.11,
        width: segmentWidth,
        height: Math.max(0.4, style.sizePt * 0.05),
        color: style.color,
      });
    }
    if (style.href)
      decorations.push({ kind: 'link', x: segment.x0, y: top, width: segmentWidth, height, href: style.href, structure: style.structure });
  }
  // Runs are placed in visual order but written in logical order, each at its own position: the structure tree gets a right-to-left
  // stretch's words in reading order, and so do readers that take text in content order (pdf.js).
  if (order === null) for (const textRun of runs) items.push(textRun);
  else
    for (const index of runs.map((_, index) => index).sort((first, second) => runStarts[first]! - runStarts[second]!))
      items.push(runs[index]!);
  for (const decoration of decorations) items.push(decoration);
  return {
    x: start,
    width: justified ? measure : natural,
    naturalWidth: natural,
    spaceCount: spaces.length,
    spaceWidth,
    measure,
    justified,
    hyphenated,
    items,
  };
}

/**
 * Adds a shaped piece's glyphs to a run: advances and mark offsets in points, and each glyph's
 * text. A right-to-left piece was shaped with mirrored brackets; its glyphs stand for the brackets written.
 */
function appendPiece(run: LayoutTextRun, piece: ShapedPiece, size: number, mirrored: boolean): void {
  const first = run.glyphIds.length;
  const { glyphIds, glyphTexts, advances, xOffsets, yOffsets } = piece;
  for (let index = 0; index < glyphIds.length; index++) {
    const advance = advances[index]! * size;
    run.glyphIds.push(glyphIds[index]!);
    run.glyphTexts.push(mirrored ? mirroredText(glyphTexts[index]!) : glyphTexts[index]!);
    run.advances.push(advance);
    run.width += advance;
  }
  if (xOffsets && yOffsets) {
    run.xOffsets ??= new Array<number>(first).fill(0);
    run.yOffsets ??= new Array<number>(first).fill(0);
    for (let index = 0; index < glyphIds.length; index++) {
      run.xOffsets.push(xOffsets[index]! * size);
      run.yOffsets.push(yOffsets[index]! * size);
    }
  } else if (run.xOffsets && run.yOffsets) {
    for (let index = 0; index < glyphIds.length; index++) {
      run.xOffsets.push(0);
      run.yOffsets.push(0);
    }
  }
  run.text += piece.text;
}
