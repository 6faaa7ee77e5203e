const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** The characters escaped, and the control characters XML 1.0 forbids, which are dropped. */
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Text made safe for XML content and attribute values (DOCX parts, the PDF's XMP packet). */
export function escapeXml(text: string): string {
  return text.replace(ESCAPED, (character) => ESCAPES[character] ?? '');
}
