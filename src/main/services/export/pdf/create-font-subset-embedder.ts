import { deflateSync } from 'node:zlib';
import { PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { Subset } from 'fontkit';
import type { FontFaceName } from './font-faces';
import { loadFontFace, type FontFace } from './load-font-face';

interface FaceSubset {
  face: FontFace;
  ref: PDFRef;
  resourceName: PDFName;
  subset: Subset;
  /** Subset glyph id (the CID in the content stream) of each original glyph id. */
  cidOf: Map<number, number>;
  /** Original glyph ids in CID order, from CID 1. */
  glyphs: number[];
  /** Widths written in /W, in thousandths of an em, per CID from 1. */
  widths: number[];
}

export interface FontSubsetEmbedder {
  /** The CID of a glyph in the face's subset, adding it on first use, and the width the PDF gives it (in thousandths of an em). */
  encode(face: FontFaceName, glyphId: number): { cid: number; width: number };
  resourceName(face: FontFaceName): PDFName;
  ref(face: FontFaceName): PDFRef;
  /** Writes every subset used (TrueType font file, CID font, widths, ToUnicode map) into the document. */
  finish(): void;
}

function hex4(value: number): string {
  return value.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(text: string): string {
  let hex = '';
  for (let index = 0; index < text.length; index++) hex += hex4(text.charCodeAt(index));
  return hex;
}

function subsetTag(face: FontFace, glyphs: number[]): string {
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
  subset.glyphs.forEach((glyph, index) => {
    const text = subset.face.glyphTexts.get(glyph);
    if (text) entries.push(`<${hex4(index + 1)}> <${utf16Hex(text)}>`);
  });
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
 * Embeds the bundled faces a document uses as TrueType subsets (CIDFontType2, Identity-H): each
 * glyph gets its subset id as CID when first drawn, and the ToUnicode map gives every glyph the
 * text it was shaped from, so ligatures and accented letters extract as their characters.
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
        subset: face.font.createSubset(),
        cidOf: new Map(),
        glyphs: [],
        widths: [],
      };
      subsets.set(name, subset);
    }
    return subset;
  };

  return {
    encode(name, glyphId) {
      const subset = subsetOf(name);
      let cid = subset.cidOf.get(glyphId);
      if (cid === undefined) {
        cid = subset.subset.includeGlyph(glyphId);
        subset.cidOf.set(glyphId, cid);
        subset.glyphs[cid - 1] = glyphId;
        const advance = subset.face.glyphAdvances.get(glyphId) ?? subset.face.font.getGlyph(glyphId).advanceWidth / subset.face.font.unitsPerEm;
        subset.widths[cid - 1] = Math.round(advance * 100_000) / 100;
      }
      return { cid, width: subset.widths[cid - 1]! };
    },
    resourceName: (name) => subsetOf(name).resourceName,
    ref: (name) => subsetOf(name).ref,
    finish() {
      const context = document.context;
      for (const subset of subsets.values()) {
        const { face } = subset;
        const font = face.font;
        const scale = 1000 / font.unitsPerEm;
        const baseFont = `${subsetTag(face, subset.glyphs)}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
        const fontBytes = subset.subset.encode();
        const fontFile = context.register(context.stream(deflateSync(fontBytes), { Filter: 'FlateDecode', Length1: fontBytes.length }));
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
        const widths = context.obj([PDFNumber.of(1), context.obj(subset.widths)]);
        const cidFont = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'CIDFontType2',
            BaseFont: baseFont,
            CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
            FontDescriptor: descriptor,
            W: widths,
            CIDToGIDMap: 'Identity',
          }),
        );
        const toUnicode = context.register(context.stream(deflateSync(toUnicodeCMap(subset)), { Filter: 'FlateDecode' }));
        context.assign(
          subset.ref,
          context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
        );
      }
    },
  };
}
