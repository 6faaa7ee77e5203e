/** A header cell folded for comparison: case, accents and punctuation ignored ("Organización:" -> "organizacion"). */
export function foldHeaderText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
