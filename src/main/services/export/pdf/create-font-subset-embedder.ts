import { deflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import type { FontFaceName } from './font-faces';
import { loadFontFace, type FontFace } from './load-font-face';
import { subsetTrueTypeFont } from './subset-true-type-font';

interface FaceSubset {
  face: FontFace;
  ref: PDFRef;
  resourceName: PDFName;
  /** Width written in /W for each glyph used, in thousandths of an em; the glyph id is the CID. */
  widths: Map<number, number>;
}

export interface FontSubsetEmbedder {
  /** Marks a glyph as used and returns the width the PDF gives it (in thousandths of an em); its CID is its glyph id. */
  use(face: FontFaceName, glyphId: number): number;
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
  for (const glyph of subset.widths.keys()) {
    const text = subset.face.glyphTexts.get(glyph);
    if (text !== undefined) entries.push(`<${hex4(glyph)}> <${utf16Hex(text)}>`);
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
 * Embeds the bundled faces a document uses as TrueType subsets (CIDFontType2, Identity-H, the
 * glyph id as CID): only the outlines drawn are kept, and the ToUnicode map gives every glyph the
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
        widths: new Map(),
      };
      subsets.set(name, subset);
    }
    return subset;
  };

  return {
    use(name, glyphId) {
      const subset = subsetOf(name);
      let width = subset.widths.get(glyphId);
      if (width === undefined) {
        const advance = subset.face.glyphAdvances.get(glyphId) ?? subset.face.font.getGlyph(glyphId).advanceWidth / subset.face.font.unitsPerEm;
        width = Math.round(advance * 100_000) / 100;
        subset.widths.set(glyphId, width);
      }
      return width;
    },
    resourceName: (name) => subsetOf(name).resourceName,
    ref: (name) => subsetOf(name).ref,
    finish() {
      const context = document.context;
      for (const subset of subsets.values()) {
        const { face } = subset;
        const font = face.font;
        const scale = 1000 / font.unitsPerEm;
        const glyphs = [...subset.widths.keys()].sort((first, second) => first - second);
        const baseFont = `${subsetTag(face, glyphs)}+${font.postscriptName.replace(/[^A-Za-z0-9-]/g, '')}`;
        const fontBytes = subsetTrueTypeFont(face.bytes, glyphs);
        const fontFile = context.register(context.stream(deflateSync(fontBytes, { level: 3 }), { Filter: 'FlateDecode', Length1: fontBytes.length }));
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
        for (let index = 0; index < glyphs.length; ) {
          const first = glyphs[index]!;
          const run: number[] = [];
          while (index < glyphs.length && glyphs[index] === first + run.length) run.push(subset.widths.get(glyphs[index++]!)!);
          widths.push(PDFNumber.of(first), context.obj(run));
        }
        const cidFont = context.register(
          context.obj({
            Type: 'Font',
            Subtype: 'CIDFontType2',
            BaseFont: baseFont,
            CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
            FontDescriptor: descriptor,
            W: context.obj(widths),
            CIDToGIDMap: 'Identity',
          }),
        );
        const toUnicode = context.register(context.stream(deflateSync(toUnicodeCMap(subset), { level: 1 }), { Filter: 'FlateDecode' }));
        context.assign(
          subset.ref,
          context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
        );
      }
    },
  };
}
