import { deflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { FontFaceName } from './font-faces';
import { loadFontFace, type FontFace } from './load-font-face';
import { subsetTrueTypeFont } from './subset-true-type-font';

/** The CIDs a glyph is drawn with: one per text it stands for, so the ToUnicode map can give each the right one. */
interface GlyphCids {
  text: string;
  /** The width asked for, when not the glyph's own. */
  width: number | undefined;
  cid: number;
  next: GlyphCids | null;
}

interface FaceSubset {
  face: FontFace;
  ref: PDFRef;
  resourceName: PDFName;
  cidsOfGlyph: Map<number, GlyphCids>;
  /** Glyph id, text and width (in thousandths of an em) of each CID used, indexed by CID. */
  glyphOfCid: number[];
  textOfCid: string[];
  widthOfCid: number[];
  nextCid: number;
  textlessCids: number;
}

export interface FontSubsetEmbedder {
  /**
   * The CID that draws a glyph standing for a text: the same glyph standing for another text (a
   * skeleton shared by several Arabic letters) gets another CID, so each maps to its own text.
   * A width (in thousandths of an em) gives the CID that width instead of the glyph's own.
   */
  use(face: FontFaceName, glyphId: number, text: string, width?: number): number;
  /** The width the PDF gives a CID, in thousandths of an em. */
  width(face: FontFaceName, cid: number): number;
  resourceName(face: FontFaceName): PDFName;
  ref(face: FontFaceName): PDFRef;
  /** Writes every subset used (TrueType font file, CID font, widths, CID-to-glyph map, ToUnicode map) into the document. */
  finish(): void;
}

/**
 * CIDs for glyphs that stand for no text (a dot drawn apart from its letter): left out of the
 * ToUnicode map, so poppler reads nothing for them, and each the code of an invisible format
 * character (Unicode category Cf), which is what pdf.js falls back to for an unmapped code and
 * then drops. A glyph that stands for text never gets one of these codes.
 */
const TEXTLESS_CIDS: readonly number[] = (() => {
  const codes: number[] = [];
  for (let code = 1; code < 0xd800; code++) {
    const character = String.fromCharCode(code);
    if (/^\p{Cf}$/u.test(character) && !/\s/u.test(character)) codes.push(code);
  }
  return codes;
})();
const IS_TEXTLESS_CID = new Set(TEXTLESS_CIDS);
const NON_SPACING_MARK = /\p{Mn}/u;

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index++) hex += hex4(text.charCodeAt(index));
  return hex;
}

function subsetTag(face: FontFace, glyphs: Iterable<number>): string {
  let hash = 2166136261;
  for (const character of face.name) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  for (const glyph of glyphs) hash = Math.imul(hash ^ glyph, 16777619);
  let tag = '';
  for (let index = 0; index < 6; index++) {
    tag += String.fromCharCode(65 + ((hash >>> 0) % 26));
    hash = Math.imul(hash ^ index, 16777619);
  }
  return tag;
}

function toUnicodeCMap(subset: FaceSubset): string {
  const entries: string[] = [];
  for (let cid = 1; cid < subset.textOfCid.length; cid++) {
    const text = subset.textOfCid[cid];
    if (text) entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  }
  let body = '';
  for (let start = 0; start < entries.length; start += 100) {
    const chunk = entries.slice(start, start + 100);
    body += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
  }
  return (
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n' +
    body +
    'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'
  );
}

/**
 * Embeds the bundled faces a document uses as TrueType subsets (CIDFontType2, Identity-H): only
 * the outlines drawn are kept. CIDs are numbered in order of first use, one per glyph and the text
 * it stands for, and mapped to glyph ids by a CIDToGIDMap, so the ToUnicode map gives every CID
 * exactly its text: ligatures, conjuncts and letters drawn in several glyphs copy out as their
 * characters in every reader, including those (pdf.js) that ignore ActualText.
 */
export function createFontSubsetEmbedder(document: PDFDocument): FontSubsetEmbedder {
  const subsets = new Map<FontFaceName, FaceSubset>();
  const subsetOf = (name: FontFaceName): FaceSubset => {
    let subset = subsets.get(name);
    if (!subset) {
      const face = loadFontFace(name);
      subset = {
        face,
        ref: document.context.nextRef(),
        resourceName: PDFName.of(`F${subsets.size + 1}`),
        cidsOfGlyph: new Map(),
        glyphOfCid: [0],
        textOfCid: [''],
        widthOfCid: [0],
        nextCid: 1,
        textlessCids: 0,
      };
      subsets.set(name, subset);
    }
    return subset;
  };

  const newCid = (subset: FaceSubset, glyphId: number, text: string, width: number | undefined): number => {
    let cid: number;
    if (text === '' && subset.textlessCids < TEXTLESS_CIDS.length) cid = TEXTLESS_CIDS[subset.textlessCids++]!;
    else {
      while (IS_TEXTLESS_CID.has(subset.nextCid)) subset.nextCid++;
      cid = subset.nextCid++;
    }
    const advance = subset.face.glyphAdvances.get(glyphId) ?? subset.face.font.getGlyph(glyphId).advanceWidth / subset.face.font.unitsPerEm;
    subset.glyphOfCid[cid] = glyphId;
    subset.textOfCid[cid] = text;
    // pdf.js moves its pen by no width for a textless CID or one whose text holds a non-spacing mark: with no width in the PDF either, the
    // adjustments around it (mark offsets) add up the same in every reader.
    subset.widthOfCid[cid] = text === '' || NON_SPACING_MARK.test(text) ? 0 : (width ?? Math.round(advance * 100_000) / 100);
    return cid;
  };

  return {
    use(name, glyphId, text, width) {
      const subset = subsetOf(name);
      let cids = subset.cidsOfGlyph.get(glyphId);
      if (cids === undefined) {
        cids = { text, width, cid: newCid(subset, glyphId, text, width), next: null };
        subset.cidsOfGlyph.set(glyphId, cids);
        return cids.cid;
      }
      for (;;) {
        if (cids.text === text && cids.width === width) return cids.cid;
        if (cids.next === null) {
          cids.next = { text, width, cid: newCid(subset, glyphId, text, width), next: null };
          return cids.next.cid;
        }
        cids = cids.next;
      }
    },
    width: (name, cid) => subsetOf(name).widthOfCid[cid]!,
    resourceName: (name) => subsetOf(name).resourceName,
    ref: (name) => subsetOf(name).ref,
    finish() {
      const context = document.context;
      for (const subset of subsets.values()) {
        const { face } = subset;
        const font = face.font;
        const scale = 1000 / font.unitsPerEm;
        const glyphs = [...subset.cidsOfGlyph.keys()].sort((first, second) => first - second);
        const baseFont = `${subsetTag(face, glyphs)}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
        const fontBytes = subsetTrueTypeFont(face.bytes, glyphs);
        const fontFile = context.register(
          context.stream(deflateSync(fontBytes, { level: 3 }), { Filter: 'FlateDecode', Length1: fontBytes.length }),
        );
        const italic = font.italicAngle !== 0;
        const serif = face.name.startsWith('serif');
        const descriptor = context.register(
          context.obj({
            Type: 'FontDescriptor',
            FontName: baseFont,
            Flags: 4 + (serif ? 2 : 0) + (italic ? 64 : 0),
            FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale].map(Math.round),
            ItalicAngle: font.italicAngle,
            Ascent: Math.round(font.ascent * scale),
            Descent: Math.round(font.descent * scale),
            CapHeight: Math.round((font.capHeight || font.ascent) * scale),
            XHeight: Math.round((font.xHeight || 0) * scale),
            StemV: face.name.includes('bold') ? 140 : 80,
            FontFile2: fontFile,
          }),
        );
        const widths: (PDFNumber | PDFArray)[] = [];
        const cidToGid = new Uint8Array(subset.glyphOfCid.length * 2);
        for (let cid = 1; cid < subset.glyphOfCid.length;) {
          if (subset.glyphOfCid[cid] === undefined) {
            cid++;
            continue;
          }
          const first = cid;
          const run: number[] = [];
          for (; cid < subset.glyphOfCid.length && subset.glyphOfCid[cid] !== undefined; cid++) {
            run.push(subset.widthOfCid[cid]!);
            cidToGid[cid * 2] = subset.glyphOfCid[cid]! >> 8;
            cidToGid[cid * 2 + 1] = subset.glyphOfCid[cid]! & 0xff;
          }
          widths.push(PDFNumber.of(first), context.obj(run));
        }
        const cidToGidMap = context.register(context.stream(deflateSync(cidToGid, { level: 6 }), { Filter: 'FlateDecode' }));
        const cidFont = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'CIDFontType2',
            BaseFont: baseFont,
            CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
            FontDescriptor: descriptor,
            W: context.obj(widths),
            CIDToGIDMap: cidToGidMap,
          }),
        );
        const toUnicode = context.register(context.stream(deflateSync(toUnicodeCMap(subset), { level: 1 }), { Filter: 'FlateDecode' }));
        context.assign(
          subset.ref,
          context.obj({
            Type: 'Font',
            Subtype: 'Type0',
            BaseFont: baseFont,
            Encoding: 'Identity-H',
            DescendantFonts: [cidFont],
            ToUnicode: toUnicode,
          }),
        );
      }
    },
  };
}
