/** The name as the organization wrote it, only NFC-normalized, trimmed and with runs of spaces collapsed. */
export function cleanDisplayName(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}
