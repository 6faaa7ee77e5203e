/** Tables a PDF viewer needs to draw a TrueType font embedded as FontFile2 (cmap is not used with Identity-H). */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

interface TableRecord {
  offset: number;
  length: number;
}

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let offset = 0; offset < whole; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let offset = whole; offset < whole + 4; offset++) last = (last << 8) | (offset < bytes.length ? bytes[offset]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * A TrueType font holding only the outlines of the given glyphs (and the components of composite
 * glyphs), with glyph ids unchanged so content streams can use them as CIDs directly. Other
 * glyphs are left empty; the result compresses to little more than the outlines kept.
 */
export function subsetTrueTypeFont(font: Uint8Array, glyphIds: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, TableRecord>();
  const tableCount = view.getUint16(4);
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  const table = (tag: string): TableRecord => {
    const record = tables.get(tag);
    if (!record) throw new Error(`The font has no ${tag} table`);
    return record;
  };
  const head = table('head');
  const glyf = table('glyf');
  const loca = table('loca');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const glyphCount = view.getUint16(table('maxp').offset + 4);
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const glyphStart = (glyph: number): number =>
    longOffsets ? view.getUint32(loca.offset + glyph * 4) : view.getUint16(loca.offset + glyph * 2) * 2;

  const kept = new Set<number>([0]);
  const pending: number[] = [0];
  for (const glyph of glyphIds) {
    if (glyph < glyphCount && !kept.has(glyph)) {
      kept.add(glyph);
      pending.push(glyph);
    }
  }
  while (pending.length > 0) {
    const glyph = pending.pop()!;
    const start = glyphStart(glyph);
    if (glyphStart(glyph + 1) - start < 10 || view.getInt16(glyf.offset + start) >= 0) continue;
    let offset = glyf.offset + start + 10;
    for (;;) {
      const flags = view.getUint16(offset);
      const component = view.getUint16(offset + 2);
      if (!kept.has(component) && component < glyphCount) {
        kept.add(component);
        pending.push(component);
      }
      offset += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) offset += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) offset += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) offset += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }

  let glyfLength = 0;
  for (const glyph of kept) glyfLength += (glyphStart(glyph + 1) - glyphStart(glyph) + 3) & ~3;
  const newGlyf = new Uint8Array(glyfLength);
  const newLoca = new Uint8Array((glyphCount + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let written = 0;
  for (let glyph = 0; glyph < glyphCount; glyph++) {
    locaView.setUint32(glyph * 4, written);
    if (!kept.has(glyph)) continue;
    const start = glyphStart(glyph);
    const end = glyphStart(glyph + 1);
    newGlyf.set(font.subarray(glyf.offset + start, glyf.offset + end), written);
    written += (end - start + 3) & ~3;
  }
  locaView.setUint32(glyphCount * 4, written);

  const newHmtx = font.slice(hmtx.offset, hmtx.offset + hmtx.length);
  const metricsCount = view.getUint16(hhea.offset + 34);
  for (let glyph = 0; glyph < glyphCount; glyph++) {
    if (kept.has(glyph) || glyph === metricsCount - 1) continue;
    const offset = glyph < metricsCount ? glyph * 4 : metricsCount * 4 + (glyph - metricsCount) * 2;
    newHmtx.fill(0, offset, offset + (glyph < metricsCount ? 4 : 2));
  }
  const newHead = font.slice(head.offset, head.offset + head.length);
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(50, 1);

  const contents = new Map<string, Uint8Array>();
  for (const tag of KEPT_TABLES) {
    if (tag === 'glyf') contents.set(tag, newGlyf);
    else if (tag === 'loca') contents.set(tag, newLoca);
    else if (tag === 'hmtx') contents.set(tag, newHmtx);
    else if (tag === 'head') contents.set(tag, newHead);
    else if (tables.has(tag)) contents.set(tag, font.subarray(table(tag).offset, table(tag).offset + table(tag).length));
  }

  const count = contents.size;
  let power = 1;
  let exponent = 0;
  while (power * 2 <= count) {
    power *= 2;
    exponent++;
  }
  let size = 12 + count * 16;
  for (const bytes of contents.values()) size += (bytes.length + 3) & ~3;
  const output = new Uint8Array(size);
  const outputView = new DataView(output.buffer);
  outputView.setUint32(0, 0x00010000);
  outputView.setUint16(4, count);
  outputView.setUint16(6, power * 16);
  outputView.setUint16(8, exponent);
  outputView.setUint16(10, count * 16 - power * 16);
  let record = 12;
  let offset = 12 + count * 16;
  let headOffset = 0;
  for (const [tag, bytes] of contents) {
    for (let index = 0; index < 4; index++) output[record + index] = tag.charCodeAt(index);
    outputView.setUint32(record + 4, checksum(bytes));
    outputView.setUint32(record + 8, offset);
    outputView.setUint32(record + 12, bytes.length);
    output.set(bytes, offset);
    if (tag === 'head') headOffset = offset;
    record += 16;
    offset += (bytes.length + 3) & ~3;
  }
  outputView.setUint32(headOffset + 8, (0xb1b0afba - checksum(output)) >>> 0);
  return output;
}
