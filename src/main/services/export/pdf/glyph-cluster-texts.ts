/** How far ahead of the first character not yet drawn a glyph's character is looked for (a reordered cluster is never longer). */
const SEARCH_WINDOW = 32;

/**
 * Shares a cluster's characters among its glyphs that advance the pen, one each in drawing order
 * and the rest to the last, so no glyph with a width stands for nothing (pdftotext would read the
 * gap it leaves as a space); glyphs without an advance (marks, dots) stand for nothing. A cluster
 * with no advancing glyph gives everything to its first glyph.
 */
function assignClusterText(characters: string[], first: number, last: number, advances: readonly number[], texts: string[]): void {
  const advancing: number[] = [];
  for (let index = first; index <= last; index++) if (advances[index]! > 0) advancing.push(index);
  if (advancing.length === 0) advancing.push(first);
  for (let index = 0; index < advancing.length; index++) {
    const final = index === advancing.length - 1;
    texts[advancing[index]!] = final ? characters.slice(index).join('') : (characters[index] ?? '');
  }
}

/**
 * The text each glyph of a shaped run stands for, in drawing order, so that a reader that reads
 * the glyphs' texts in drawing order (and reverses a right-to-left run, as pdftotext, pdf.js and
 * copy-paste do) gets the text back exactly. Glyphs are grouped into clusters, the smallest runs
 * of glyphs that draw a run of characters: a ligature, a conjunct with its reordered vowel sign,
 * a letter drawn as a skeleton and its dots. A cluster of one glyph stands for its characters;
 * a cluster of several shares them out (see assignClusterText). A right-to-left glyph's text is
 * given reversed, as readers reverse it.
 */
export function glyphClusterTexts(
  text: string,
  glyphCodePoints: readonly (readonly number[])[],
  advances: readonly number[],
  rightToLeft: boolean,
): string[] {
  const count = glyphCodePoints.length;
  const texts = new Array<string>(count).fill('');
  if (count === 0) return texts;
  const characters = Array.from(text);
  const codes = characters.map((character) => character.codePointAt(0)!);
  const drawn = (logicalIndex: number): number => (rightToLeft ? count - 1 - logicalIndex : logicalIndex);

  // The character each glyph (in logical order) starts at: where its first code point still undrawn is, or its predecessor's when it has none of the text's (a decomposed vowel sign, a dot).
  const consumed = new Uint8Array(codes.length);
  const positions = new Array<number>(count);
  let cursor = 0;
  let previous = 0;
  for (let glyph = 0; glyph < count; glyph++) {
    let position = -1;
    for (const codePoint of glyphCodePoints[drawn(glyph)]!) {
      const end = Math.min(codes.length, cursor + SEARCH_WINDOW);
      for (let index = cursor; index < end; index++) {
        if (consumed[index] === 0 && codes[index] === codePoint) {
          consumed[index] = 1;
          if (position < 0 || index < position) position = index;
          break;
        }
      }
    }
    if (position < 0) position = previous;
    positions[glyph] = position;
    previous = position;
    while (cursor < codes.length && consumed[cursor] === 1) cursor++;
  }

  // A cluster ends before a glyph when every glyph before it starts earlier in the text than every glyph from it on.
  const suffixMinimum = new Array<number>(count + 1);
  suffixMinimum[count] = codes.length;
  for (let glyph = count - 1; glyph >= 0; glyph--) suffixMinimum[glyph] = Math.min(positions[glyph]!, suffixMinimum[glyph + 1]!);
  let clusterStart = 0;
  let characterStart = 0;
  let prefixMaximum = -1;
  for (let glyph = 0; glyph < count; glyph++) {
    prefixMaximum = Math.max(prefixMaximum, positions[glyph]!);
    if (glyph + 1 < count && prefixMaximum >= suffixMinimum[glyph + 1]!) continue;
    const characterEnd = glyph + 1 < count ? suffixMinimum[glyph + 1]! : codes.length;
    let clusterText = characters.slice(characterStart, characterEnd).join('');
    if (rightToLeft) clusterText = Array.from(clusterText).reverse().join('');
    // The cluster's glyphs in drawing order run from drawn(clusterStart) to drawn(glyph), or back for right-to-left text.
    const first = Math.min(drawn(clusterStart), drawn(glyph));
    const last = Math.max(drawn(clusterStart), drawn(glyph));
    if (first === last) texts[first] = clusterText;
    else assignClusterText(Array.from(clusterText), first, last, advances, texts);
    clusterStart = glyph + 1;
    characterStart = characterEnd;
  }
  return texts;
}
