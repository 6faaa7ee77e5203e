import { createRequire } from 'node:module';
import JSZip from 'jszip';

/** The part of the DOM the tests read. Declared here: xmldom's own types pull the DOM library into the Node project. */
export interface Element {
  nodeType: number;
  localName: string;
  namespaceURI: string | null;
  textContent: string | null;
  childNodes: ArrayLike<Element>;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<Element>;
  getElementsByTagName(name: string): ArrayLike<Element>;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string, localName: string): string | null;
}
type XmlDocument = Element;

interface ParserOptions {
  errorHandler: { warning: (message: string) => void; error: (message: string) => void; fatalError: (message: string) => void };
}
const { DOMParser } = createRequire(import.meta.url)('@xmldom/xmldom') as {
  DOMParser: new (options: ParserOptions) => { parseFromString(text: string, mimeType: string): XmlDocument };
};

export const WORD_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELATIONSHIP_ATTRIBUTE_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A .docx file unzipped: its parts' bytes and each XML part parsed (strictly: a malformed part throws). */
export interface DocxPackage {
  names: string[];
  bytes: (name: string) => Uint8Array;
  xml: (name: string) => XmlDocument;
}

/** Parses XML, throwing on any warning or error, so a test sees a part Word would reject. */
export function parseStrictXml(text: string, name: string): XmlDocument {
  const problems: string[] = [];
  const parser = new DOMParser({
    errorHandler: {
      warning: (message) => problems.push(message),
      error: (message) => problems.push(message),
      fatalError: (message) => problems.push(message),
    },
  });
  const document = parser.parseFromString(text, 'application/xml');
  if (problems.length > 0) throw new Error(`${name} is not well-formed XML: ${problems.join('; ')}`);
  return document;
}

export async function readDocxPackage(bytes: Uint8Array): Promise<DocxPackage> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const contents = new Map<string, Uint8Array>();
  for (const name of names) contents.set(name, await zip.file(name)!.async('uint8array'));
  const parsed = new Map<string, XmlDocument>();
  return {
    names,
    bytes: (name) => {
      const content = contents.get(name);
      if (!content) throw new Error(`The package has no part ${name}; it has ${names.join(', ')}.`);
      return content;
    },
    xml: (name) => {
      let document = parsed.get(name);
      if (!document) {
        const content = contents.get(name);
        if (!content) throw new Error(`The package has no part ${name}; it has ${names.join(', ')}.`);
        document = parseStrictXml(new TextDecoder().decode(content), name);
        parsed.set(name, document);
      }
      return document;
    },
  };
}

/** Elements in the WordprocessingML namespace by local name, in document order. */
export function wordElements(root: XmlDocument | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(WORD_NAMESPACE, localName));
}

/** The w:val (or another w: attribute) of the first child element with that local name. */
export function wordValue(element: Element, localName: string, attribute = 'val'): string | null {
  const child = wordElements(element, localName)[0];
  return child ? child.getAttributeNS(WORD_NAMESPACE, attribute) : null;
}

/** A w: attribute of an element. */
export function wordAttribute(element: Element, attribute: string): string | null {
  return element.getAttributeNS(WORD_NAMESPACE, attribute);
}

/** The r:id (or r:embed) attribute of an element. */
export function relationshipAttribute(element: Element, attribute = 'id'): string | null {
  return element.getAttributeNS(RELATIONSHIP_ATTRIBUTE_NAMESPACE, attribute);
}

/** The text of a paragraph: its w:t, with w:br as a line break and w:tab as a tab. */
export function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.namespaceURI === WORD_NAMESPACE && child.localName === 't') text += child.textContent ?? '';
      else if (child.namespaceURI === WORD_NAMESPACE && child.localName === 'br') text += '\n';
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(paragraph);
  return text;
}

/** The style id of a paragraph, or "Normal" when it has none. */
export function paragraphStyle(paragraph: Element): string {
  const properties = Array.from(paragraph.childNodes).find((node) => node.localName === 'pPr');
  return (properties && wordValue(properties, 'pStyle')) ?? 'Normal';
}

/** The body paragraphs of document.xml (tables' paragraphs included), in order. */
export function bodyParagraphs(docx: DocxPackage): Element[] {
  return wordElements(docx.xml('word/document.xml'), 'p');
}

/** The relationships of a part, by id: target and target mode. */
export function partRelationships(docx: DocxPackage, part: string): Map<string, { target: string; external: boolean; type: string }> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const relationshipsName = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const relationships = new Map<string, { target: string; external: boolean; type: string }>();
  if (!docx.names.includes(relationshipsName)) return relationships;
  for (const relationship of Array.from(docx.xml(relationshipsName).getElementsByTagName('Relationship'))) {
    relationships.set(relationship.getAttribute('Id')!, {
      target: relationship.getAttribute('Target')!,
      external: relationship.getAttribute('TargetMode') === 'External',
      type: relationship.getAttribute('Type')!,
    });
  }
  return relationships;
}
