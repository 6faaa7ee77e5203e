import { Packer, type Document } from 'docx';
import type { FontFamily } from '../../../../shared/model/page-settings';
import { deflatedZipEntry, readZipEntries, writeZipEntries, zipEntryBytes, type ZipEntry } from '../../zip';
import { compileLetterParts } from './compile-letter-parts';
import { STYLE_IDS, UNHYPHENATED_STYLE_IDS } from './letter-styles';
import { loadFontFaces } from './load-font-faces';
import { withHyphenationSuppressed } from './with-hyphenation-suppressed';

/** Automatic hyphens only where the PDF has them, in justified text: off in Normal and the styles it shares, on again in Body Text. */
export const HYPHENATION_BY_STYLE: Readonly<Record<string, boolean>> = {
  ...Object.fromEntries(UNHYPHENATED_STYLE_IDS.map((id) => [id, true])),
  [STYLE_IDS.bodyText]: false,
};

function withStyleHyphenation(entry: ZipEntry): ZipEntry {
  if (entry.name !== 'word/styles.xml') return entry;
  const xml = Buffer.from(zipEntryBytes(entry)).toString('utf8');
  return deflatedZipEntry(entry.name, withHyphenationSuppressed(xml, HYPHENATION_BY_STYLE));
}

/** The parts a letter's content decides; compileLetterParts writes them for each letter. */
const LETTER_PART =
  /^(\[Content_Types\]\.xml|docProps\/core\.xml|word\/document\.xml|word\/numbering\.xml|word\/(header|footer)\d+\.xml|word\/_rels\/(document|header\d+|footer\d+)\.xml\.rels|word\/media\/.+)$/;

/** What the parts every letter shares depend on: the styles' settings and language, and the embedded families. */
export interface SharedPartsKey {
  stylesKey: string;
  families: readonly FontFamily[];
}

const sharedPartsByKey = new Map<string, Promise<ZipEntry[]>>();
/** A few page settings at a time are in use (each entry holds ~0.8 MB of compressed fonts). */
const SHARED_PARTS_KEPT = 6;

/** docx's options for the bundled families, so Packer embeds them (obfuscated, in fontTable.xml). */
export function embeddedFonts(
  families: readonly FontFamily[],
): { name: string; data: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer }[] {
  return [...new Set(families)].sort().map((family) => {
    const faces = loadFontFaces(family);
    return { name: faces.name, data: faces.regular, bold: faces.bold, italic: faces.italic, boldItalic: faces.boldItalic };
  });
}

/**
 * The parts every letter with these styles shares (styles, theme, settings, font table and the ~1.3 MB of embedded
 * fonts, notes, app properties), written once per process by docx's Packer and kept compressed.
 */
function sharedParts(key: SharedPartsKey, buildWithFonts: () => Document): Promise<ZipEntry[]> {
  const cacheKey = JSON.stringify([key.stylesKey, [...new Set(key.families)].sort()]);
  let parts = sharedPartsByKey.get(cacheKey);
  if (!parts) {
    parts = Packer.pack(buildWithFonts(), 'uint8array').then((bytes) =>
      readZipEntries(bytes)
        .filter((entry) => !LETTER_PART.test(entry.name))
        .map(withStyleHyphenation),
    );
    parts.catch(() => sharedPartsByKey.delete(cacheKey));
    sharedPartsByKey.set(cacheKey, parts);
    if (sharedPartsByKey.size > SHARED_PARTS_KEPT) sharedPartsByKey.delete(sharedPartsByKey.keys().next().value!);
  }
  return parts;
}

/** docx writes no dc:language; the core properties' elements are unordered, so it goes before the end tag. */
function withLanguage(coreXml: string, locale: string): string {
  const end = coreXml.lastIndexOf('</cp:coreProperties>');
  if (end < 0) throw new Error('docx wrote core.xml without its end tag.');
  return `${coreXml.slice(0, end)}<dc:language>${locale.replace(/[^A-Za-z0-9-]/g, '')}</dc:language>${coreXml.slice(end)}`;
}

/**
 * The .docx bytes of a letter document: its own parts compiled from the docx Document, the shared ones (with the
 * bundled fonts embedded) from the cache. `build` must give a new Document each call, the same but for `fonts`.
 */
export async function packDocx(
  build: (fonts?: ReturnType<typeof embeddedFonts>) => Document,
  key: SharedPartsKey,
  locale: string,
): Promise<Uint8Array> {
  const shared = await sharedParts(key, () => build(embeddedFonts(key.families)));
  const own = compileLetterParts(build()).map((part) =>
    deflatedZipEntry(
      part.name,
      part.name === 'docProps/core.xml' && typeof part.content === 'string' ? withLanguage(part.content, locale) : part.content,
    ),
  );
  const contentTypesFirst = [
    ...own.filter((entry) => entry.name === '[Content_Types].xml'),
    ...own.filter((entry) => entry.name !== '[Content_Types].xml'),
  ];
  return writeZipEntries([...contentTypesFirst, ...shared]);
}
