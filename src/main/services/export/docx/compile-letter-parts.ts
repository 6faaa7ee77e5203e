import type { Document, IContext, XmlComponent } from 'docx';
import { stringifyXmlable } from './stringify-xmlable';

/** One part of the package: its path and its XML text or bytes. */
export interface PackagePart {
  name: string;
  content: string | Uint8Array;
}

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const FONT_TABLE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';
const PLACEHOLDER = /\{([^{}]+)\}/g;

function replacePlaceholders(xml: string, values: ReadonlyMap<string, string>): string {
  return values.size === 0 ? xml : xml.replace(PLACEHOLDER, (placeholder, key: string) => values.get(key) ?? placeholder);
}

function xmlOf(component: XmlComponent, file: Document, viewWrapper: IContext['viewWrapper'], declaration: 'standalone' | 'plain'): string {
  const context: IContext = { file, viewWrapper, stack: [] };
  const object = component.prepForXml(context);
  if (!object) throw new Error('A docx component wrote no XML.');
  return stringifyXmlable(object, declaration);
}

/** The media (images) a part's XML refers to by placeholder, in the order they were added. */
function mediaOf(xml: string, file: Document): { key: string; fileName: string }[] {
  const keys = new Set(Array.from(xml.matchAll(PLACEHOLDER), (match) => match[1]!));
  return file.Media.Entries.filter(([key]) => keys.has(key)).map(([key, media]) => ({ key, fileName: media.fileName }));
}

/**
 * The letter-dependent parts of a docx Document, written as docx's Packer writes them but without formatting and
 * zipping the parts every letter shares: that is most of Packer's time, and a letter must render in a few
 * milliseconds. The tests compare every part with Packer's own for the sample letters.
 */
export function compileLetterParts(file: Document): PackagePart[] {
  const documentWrapper = file.Document;
  const documentXml = xmlOf(documentWrapper.View, file, documentWrapper, 'standalone');
  const relationships = documentWrapper.Relationships;
  const firstImageRelationship = relationships.RelationshipCount + 1;
  const documentMedia = mediaOf(documentXml, file);
  documentMedia.forEach((media, index) =>
    relationships.addRelationship(firstImageRelationship + index, IMAGE_RELATIONSHIP, `media/${media.fileName}`),
  );
  relationships.addRelationship(relationships.RelationshipCount + 1, FONT_TABLE_RELATIONSHIP, 'fontTable.xml');
  const parts: { name: string; xml: string }[] = [
    { name: 'word/_rels/document.xml.rels', xml: xmlOf(relationships, file, documentWrapper, 'plain') },
  ];
  const placedMedia = new Map(documentMedia.map((media, index) => [media.key, String(firstImageRelationship + index)]));
  const headerFooterParts: { name: string; xml: string }[] = [];
  const wrappers = [
    ...file.Headers.map((wrapper, index) => ({ wrapper, name: `header${index + 1}` })),
    ...file.Footers.map((wrapper, index) => ({ wrapper, name: `footer${index + 1}` })),
  ];
  for (const { wrapper, name } of wrappers) {
    const xml = xmlOf(wrapper.View, file, wrapper, 'plain');
    const media = mediaOf(xml, file);
    media.forEach((item, index) => wrapper.Relationships.addRelationship(index, IMAGE_RELATIONSHIP, `media/${item.fileName}`));
    parts.push({ name: `word/_rels/${name}.xml.rels`, xml: xmlOf(wrapper.Relationships, file, wrapper, 'plain') });
    headerFooterParts.push({
      name: `word/${name}.xml`,
      xml: replacePlaceholders(xml, new Map(media.map((item, index) => [item.key, String(index)]))),
    });
  }
  const numberingXml = xmlOf(file.Numbering, file, documentWrapper, 'standalone');
  const listIds = new Map(
    file.Numbering.ConcreteNumbering.map((list) => [
      list.restartedListId === undefined ? `${list.reference}-${list.instance}` : `${list.reference}-restart ${list.restartedListId}`,
      String(list.numId),
    ]),
  );
  parts.push({ name: 'word/document.xml', xml: replacePlaceholders(replacePlaceholders(documentXml, placedMedia), listIds) });
  for (const part of headerFooterParts) parts.push({ name: part.name, xml: replacePlaceholders(part.xml, listIds) });
  parts.push({ name: 'word/numbering.xml', xml: numberingXml });
  parts.push({ name: 'docProps/core.xml', xml: xmlOf(file.CoreProperties, file, documentWrapper, 'standalone') });
  parts.push({ name: '[Content_Types].xml', xml: xmlOf(file.ContentTypes, file, documentWrapper, 'plain') });
  return [
    ...parts.map((part) => ({ name: part.name, content: part.xml })),
    ...file.Media.Array.map((media) => ({
      name: `word/media/${media.fileName}`,
      content: media.data instanceof Uint8Array ? media.data : new Uint8Array(media.data),
    })),
  ];
}
