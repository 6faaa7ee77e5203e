/** An element of the small, well-formed HTML mammoth writes. */
export interface HtmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: HtmlChild[];
}
export type HtmlChild = HtmlElement | string;

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*"([^"]*)"/g))
    attributes[match[1]!.toLowerCase()] = decodeEntities(match[2]!);
  return attributes;
}

/**
 * Parses mammoth's HTML output (no scripts, comments or unquoted attributes) into a tree.
 * Not a general HTML parser: the main process has no DOM, and mammoth's output is this regular.
 */
export function parseSimpleHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*?)(\/?)>|([^<]+)/g)) {
    const current = stack[stack.length - 1]!;
    if (match[5] !== undefined) {
      current.children.push(decodeEntities(match[5]));
      continue;
    }
    const tag = match[2]!.toLowerCase();
    if (match[1]) {
      const openIndex = stack.findLastIndex((element) => element.tag === tag);
      if (openIndex > 0) stack.length = openIndex;
      continue;
    }
    const element: HtmlElement = { tag, attributes: parseAttributes(match[3] ?? ''), children: [] };
    current.children.push(element);
    if (!match[4] && !VOID_TAGS.has(tag)) stack.push(element);
  }
  return root;
}
