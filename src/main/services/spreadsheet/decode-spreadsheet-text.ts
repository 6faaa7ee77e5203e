export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

/**
 * Decodes a text spreadsheet: a BOM decides (UTF-8, UTF-16 LE/BE); UTF-16 without BOM is
 * recognised by its zero bytes; otherwise UTF-8 if it is valid UTF-8, else Windows-1252 (what
 * Excel writes as "CSV" on Western Windows) or MacRoman (Excel for Mac), whichever reads more
 * naturally. The BOM is not part of the text.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const sixteen = guessUtf16WithoutMark(bytes);
  if (sixteen) return { text: decode(sixteen, bytes), encoding: sixteen };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const windows = decodeWindows1252(bytes);
    const mac = new TextDecoder('macintosh').decode(bytes);
    // Lines ending in a lone CR are what Excel for Mac wrote for years: a tie goes to MacRoman then.
    const macLineEnds = /\r(?!\n)/.test(windows) && !/\n/.test(windows);
    const macScore = plausibility(mac) + (macLineEnds ? 1 : 0);
    return macScore > plausibility(windows) ? { text: mac, encoding: 'macintosh' } : { text: windows, encoding: 'windows-1252' };
  }
}

const COMMON_PUNCTUATION = new Set([...'“”‘’–—…•€£°«»¡¿§©®\u00a0·']);

/**
 * How natural the non-ASCII characters of a decoding read: a lowercase letter inside a word
 * ("für") counts for it; an uppercase one between lowercase letters ("fŸr"), a control character
 * or a stray symbol ("√", "‡") against it.
 */
function plausibility(text: string): number {
  let score = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if (code < 0x80) continue;
    const character = sample[index]!;
    if (/\p{L}/u.test(character)) {
      const before = sample[index - 1] ?? ' ';
      const after = sample[index + 1] ?? ' ';
      if (/\p{Lu}/u.test(character) && /\p{Ll}/u.test(before) && /\p{Ll}/u.test(after)) score -= 2;
      else score += 1;
    } else if (!COMMON_PUNCTUATION.has(character)) {
      score -= 1;
    }
  }
  return score;
}

// Node's TextDecoder reads the label "windows-1252" as Latin-1, which loses “ ” – € and the rest of 0x80–0x9F.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = new Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    characters[index] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  }
  return characters.join('');
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function guessUtf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < sample; index += 1) {
    if (bytes[index] !== 0) continue;
    if (index % 2 === 0) zeroEven += 1;
    else zeroOdd += 1;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}
