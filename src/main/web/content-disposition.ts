/**
 * A `Content-Disposition: attachment` header for a file name (already sanitized: no separators or quotes):
 * an ASCII `filename` for old clients (accents dropped, other characters "_") and, when the name is not plain
 * ASCII, the exact name as RFC 5987 `filename*=UTF-8''…`, which browsers prefer.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
