import { Document, Packer, Paragraph } from 'docx';
import type { FontFamily } from '../../../../shared/model/page-settings';
import { deflatedZipEntry } from './deflated-zip-entry';
import { loadFontFaces } from './load-font-faces';
import { readZipEntries, type ZipEntry } from './read-zip-entries';
import { writeZipEntries } from './write-zip-entries';
import { zipEntryText } from './zip-entry-text';

const FONT_TABLE = 'word/fontTable.xml';
const FONT_TABLE_RELATIONSHIPS = 'word/_rels/fontTable.xml.rels';
const SETTINGS = 'word/settings.xml';
const CORE_PROPERTIES = 'docProps/core.xml';

interface EmbeddedFontParts {
  fontTable: ZipEntry;
  fontTableRelationships: ZipEntry;
  fonts: ZipEntry[];
}

const fontPartsByFamilies = new Map<string, Promise<EmbeddedFontParts>>();

/**
 * The font table and obfuscated font files of the families, built by docx once per process and kept compressed:
 * deflating ~1.3 MB of fonts for every letter would cost ~50 ms, splicing the kept entries costs nothing.
 */
function embeddedFontParts(families: readonly FontFamily[]): Promise<EmbeddedFontParts> {
  const key = [...new Set(families)].sort().join(',');
  let parts = fontPartsByFamilies.get(key);
  if (!parts) {
    parts = (async () => {
      const fonts = key.split(',').map((family) => {
        const faces = loadFontFaces(family as FontFamily);
        return { name: faces.name, data: faces.regular, bold: faces.bold, italic: faces.italic, boldItalic: faces.boldItalic };
      });
      const fontDocument = new Document({ fonts, sections: [{ children: [new Paragraph({})] }] });
      const entries = readZipEntries(await Packer.pack(fontDocument, 'uint8array'));
      const named = (name: string): ZipEntry => {
        const entry = entries.find((candidate) => candidate.name === name);
        if (!entry) throw new Error(`docx wrote no ${name} for the embedded fonts.`);
        return entry;
      };
      return {
        fontTable: named(FONT_TABLE),
        fontTableRelationships: named(FONT_TABLE_RELATIONSHIPS),
        fonts: entries.filter((entry) => entry.name.startsWith('word/fonts/')),
      };
    })();
    fontPartsByFamilies.set(key, parts);
  }
  return parts;
}

function settingsEmbeddingFonts(settings: ZipEntry): ZipEntry {
  const text = zipEntryText(settings);
  if (text.includes('<w:embedTrueTypeFonts')) return settings;
  const anchor = text.indexOf('<w:defaultTabStop');
  if (anchor < 0) throw new Error('docx wrote settings.xml without w:defaultTabStop; cannot mark the fonts as embedded.');
  return deflatedZipEntry(SETTINGS, `${text.slice(0, anchor)}<w:embedTrueTypeFonts/>${text.slice(anchor)}`);
}

/** docx writes no dc:language; the core properties' elements are unordered, so it goes before the end tag. */
function corePropertiesWithLanguage(core: ZipEntry, locale: string): ZipEntry {
  const text = zipEntryText(core);
  const end = text.lastIndexOf('</cp:coreProperties>');
  if (end < 0 || text.includes('<dc:language>')) return core;
  const language = locale.replace(/[^A-Za-z0-9-]/g, '');
  return deflatedZipEntry(CORE_PROPERTIES, `${text.slice(0, end)}<dc:language>${language}</dc:language>${text.slice(end)}`);
}

/** The .docx bytes of a document, with the bundled font families embedded (w:embedTrueTypeFonts) and its language. */
export async function packDocx(document: Document, families: readonly FontFamily[], locale: string): Promise<Uint8Array> {
  const [packed, fontParts] = await Promise.all([Packer.pack(document, 'uint8array'), embeddedFontParts(families)]);
  const entries = readZipEntries(packed).map((entry) => {
    if (entry.name === FONT_TABLE) return fontParts.fontTable;
    if (entry.name === FONT_TABLE_RELATIONSHIPS) return fontParts.fontTableRelationships;
    if (entry.name === SETTINGS) return settingsEmbeddingFonts(entry);
    if (entry.name === CORE_PROPERTIES) return corePropertiesWithLanguage(entry, locale);
    return entry;
  });
  return writeZipEntries([...entries, ...fontParts.fonts]);
}
