import { constants, crc32, deflateRawSync } from 'node:zlib';
import { writeZipEntries, type ZipEntry } from '../../../../../src/main/services/zip';

/** A raw deflate stream of `mebibytes` MiB of zeros, built from one flushed 1 MiB block repeated: about 1 KiB per MiB. */
export function deflatedZeros(mebibytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const end = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mebibytes }, () => block), end]);
}

export function deflatedEntry(name: string, text: string): ZipEntry {
  const bytes = Buffer.from(text, 'utf8');
  return { name, method: 8, crc32: crc32(bytes), size: bytes.length, data: deflateRawSync(bytes) };
}

/** A zip whose entry `name` inflates to `mebibytes` MiB of zeros while its directory declares `declaredSize` bytes. */
export function zipWithBomb(parts: ZipEntry[], name: string, mebibytes: number, declaredSize = mebibytes * 1024 * 1024): Uint8Array {
  return writeZipEntries([...parts, { name, method: 8, crc32: 0, size: declaredSize, data: deflatedZeros(mebibytes) }]);
}

export const MINIMAL_DOCX_PARTS: ZipEntry[] = [
  deflatedEntry(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  deflatedEntry(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  ),
  deflatedEntry(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Dear Minister,</w:t></w:r></w:p></w:body></w:document>',
  ),
];

export const MINIMAL_XLSX_PARTS: ZipEntry[] = [
  deflatedEntry(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
  deflatedEntry('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
];
