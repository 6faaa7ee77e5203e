/**
 * Folds a name for matching: NFC, case and diacritics folded, apostrophes dropped, "&" read as
 * "and", other punctuation as a space, spaces collapsed and a leading "The" ignored.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’'`´ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
