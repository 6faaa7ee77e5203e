/** Folds a country as written to a comparison form: no case, accents, punctuation or leading article. */
export function foldCountryText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|la|le|les|l|el|los|las) /, '');
}
