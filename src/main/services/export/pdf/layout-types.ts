import type { FontFaceName } from './font-faces';
import type { StructureElement } from './structure-element';

/**
 * The positioned result of laying out a letter: pages of boxes in points, y measured down from
 * the page's top edge. Drawing (to pdf-lib, or any other backend) only copies these boxes.
 */
export interface LetterLayout {
  widthPt: number;
  heightPt: number;
  margins: { top: number; right: number; bottom: number; left: number };
  pages: LayoutPage[];
  /** The letter's structure tree (a Document element); items point into it. */
  structure: StructureElement;
}

export interface LayoutPage {
  /** The letterhead's items: tagged on the first page that has them, running-header artifacts after it. */
  letterhead: LayoutItem[];
  body: LayoutItem[];
  footer: LayoutItem[];
}

export type LayoutItem = LayoutTextRun | LayoutRect | LayoutLink | LayoutImage;

/** Glyphs of one face and size, drawn from x on the baseline; advances include kerning and justification. */
export interface LayoutTextRun {
  kind: 'text';
  x: number;
  baseline: number;
  face: FontFaceName;
  sizePt: number;
  glyphIds: number[];
  advances: number[];
  width: number;
  /** The characters the glyphs stand for, spaces included. */
  text: string;
  color: RgbColor;
  /** Mark positioning in points, one per glyph, when any glyph is moved off its pen position. */
  xOffsets?: number[];
  yOffsets?: number[];
  /** What each glyph stands for ('' for a glyph that only helps draw its cluster), for the ToUnicode map: read in drawing order, right-to-left stretches reversed, they spell the text. */
  glyphTexts: string[];
  /** The structure element the text belongs to; text without one is drawn as an artifact. */
  structure?: StructureElement;
}

export interface LayoutRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: RgbColor;
}

export interface LayoutLink {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
  /** The Link element the annotation belongs to. */
  structure?: StructureElement;
}

export interface LayoutImage {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The Figure element (with its alternative text) the image is. */
  structure?: StructureElement;
}

/** Components from 0 to 1. */
export type RgbColor = readonly [number, number, number];

export const TEXT_COLOR: RgbColor = [0, 0, 0];
export const LINK_COLOR: RgbColor = [0.05, 0.25, 0.6];
export const MUTED_COLOR: RgbColor = [0.3, 0.3, 0.3];
export const UNRESOLVED_FIELD_HIGHLIGHT: RgbColor = [1, 0.9, 0.35];
export const RULE_COLOR: RgbColor = [0.45, 0.45, 0.45];
