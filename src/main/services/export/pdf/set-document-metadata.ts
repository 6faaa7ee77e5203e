import { PDFName, type PDFDocument } from '@cantoo/pdf-lib';
import type { LetterMeta } from '../../../../shared/document/letter-ir';
import { xmpMetadata } from './xmp-metadata';

const TOOL = 'Undersigned';

/**
 * Title, author, subject, language and dates of the PDF, from the letter's metadata: in the Info dictionary and,
 * the same, in the catalog's XMP metadata stream that identifies the file as PDF/UA-1.
 */
export function setDocumentMetadata(document: PDFDocument, meta: LetterMeta, options: { severalLetters?: boolean } = {}): void {
  const created = new Date(meta.createdAt);
  const date = Number.isNaN(created.getTime()) ? new Date() : created;
  const title = options.severalLetters ? (meta.letterTitle ?? meta.title) : meta.title;
  const keywords = meta.keywords && !options.severalLetters ? meta.keywords : [];
  document.setTitle(title, { showInWindowTitleBar: true });
  if (keywords.length > 0) document.setKeywords(keywords);
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setLanguage(meta.locale);
  document.setCreator(TOOL);
  document.setProducer(TOOL);
  document.setCreationDate(date);
  document.setModificationDate(date);
  const xmp = xmpMetadata({
    title,
    author: meta.author,
    subject: meta.subject,
    keywords,
    language: meta.locale,
    created: date,
    tool: TOOL,
  });
  // Uncompressed, as ISO 14289-1 asks (via PDF/A): a tool that does not decode streams can still read it.
  const stream = document.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
}
