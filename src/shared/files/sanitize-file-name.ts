const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
// Bidi controls make "report\u202Efdp.exe" read as "reportexe.pdf": removed, never shown.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const MAX_FILE_NAME_LENGTH = 120;

/**
 * A file name that is safe on Windows, macOS and Linux: no separators or reserved characters,
 * no bidi controls, no `..`, no reserved device names, no leading dash or dot (a name read as a
 * command-line option or a hidden file), no trailing dot or space, at most 120 characters
 * (cut at a character boundary, never inside an emoji). Returns `fallback` when nothing is left.
 */
export function sanitizeFileName(name: string, fallback = 'untitled'): string {
  let cleaned = name.normalize('NFC').replace(BIDI_CONTROLS, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  cleaned = cleaned.replace(/\.{2,}/g, '.').replace(/^[-.\s]+|[.\s]+$/g, '');
  const characters = Array.from(cleaned);
  if (characters.length > MAX_FILE_NAME_LENGTH) cleaned = characters.slice(0, MAX_FILE_NAME_LENGTH).join('').replace(/[.\s]+$/, '');
  if (WINDOWS_RESERVED.test(cleaned)) cleaned = `_${cleaned}`;
  return cleaned === '' ? fallback : cleaned;
}
