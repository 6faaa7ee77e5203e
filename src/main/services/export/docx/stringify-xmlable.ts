import { escapeXml } from '../escape-xml';

/** An element as docx components give it from `prepForXml`: `{ "w:b": [{ _attr: { ... } }, child, "text"] }`. */
type Xmlable = Record<string, unknown>;

interface ResolvedElement {
  name: string | undefined;
  attributes: string[];
  content: (ResolvedElement | string)[];
}

function escapeValue(value: unknown): unknown {
  return typeof value === 'string' ? escapeXml(value) : value;
}

function addAttributes(attributes: string[], attributesObject: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributesObject)) attributes.push(`${key}="${String(escapeValue(value))}"`);
}

function resolve(data: Xmlable): ResolvedElement {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: (ResolvedElement | string)[] = [];
  if (typeof values !== 'object') {
    content.push(String(escapeValue(values)));
    return { name, attributes, content };
  }
  if (values === null) return { name, attributes, content };
  const { _attr: attributesObject, _cdata: cdata } = values as { _attr?: Record<string, unknown>; _cdata?: string };
  if (attributesObject) addAttributes(attributes, attributesObject);
  if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
  if (Array.isArray(values)) {
    let textContent = false;
    content.push('');
    for (const value of values as unknown[]) {
      if (typeof value === 'object' && value !== null) {
        if (Object.keys(value)[0] === '_attr') addAttributes(attributes, (value as { _attr: Record<string, unknown> })._attr);
        else content.push(resolve(value as Xmlable));
      } else {
        // A text child takes the place of the element before it, as docx's own writer (after the xml package) does.
        content.pop();
        textContent = true;
        content.push(String(escapeValue(value)));
      }
    }
    if (!textContent) content.push('');
  }
  return { name, attributes, content };
}

function write(element: ResolvedElement | string): string {
  if (typeof element === 'string') return element;
  const { name, attributes, content } = element;
  const open =
    (name ? `<${name}` : '') + (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') + (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  let xml = open;
  for (const child of content) xml += write(child);
  return xml + (name ? `</${name}>` : '');
}

const DECLARATIONS = {
  standalone: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  plain: '<?xml version="1.0" encoding="UTF-8"?>',
} as const;

/**
 * The XML of what a docx component's `prepForXml` gives, written exactly as docx's Packer writes it (unindented),
 * which the DOCX tests check part by part against Packer's own output.
 */
export function stringifyXmlable(object: unknown, declaration: keyof typeof DECLARATIONS): string {
  return DECLARATIONS[declaration] + write(resolve(object as Xmlable));
}
