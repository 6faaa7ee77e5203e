import type { PDFDocument } from '@cantoo/pdf-lib';
import type { LetterMeta } from '../../../../shared/document/letter-ir';

/** Title, author, subject, language and dates of the PDF, from the letter's metadata. */
export function setDocumentMetadata(document: PDFDocument, meta: LetterMeta, options: { severalLetters?: boolean } = {}): void {
  const created = new Date(meta.createdAt);
  const date = Number.isNaN(created.getTime()) ? new Date() : created;
  document.setTitle(options.severalLetters ? (meta.letterTitle ?? meta.title) : meta.title, { showInWindowTitleBar: true });
  if (meta.keywords && meta.keywords.length > 0 && !options.severalLetters) document.setKeywords(meta.keywords);
  document.setAuthor(meta.author);
  document.setSubject(meta.subject);
  document.setLanguage(meta.locale);
  document.setCreator('Undersigned');
  document.setProducer('Undersigned');
  document.setCreationDate(date);
  document.setModificationDate(date);
}
