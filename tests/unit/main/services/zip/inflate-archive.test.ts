import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../../../src/main/services/docx-import/import-docx';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';
import { inflateArchive, writeZipEntries } from '../../../../../src/main/services/zip';
import { useTemporaryFolder } from '../../../temporary-folder';
import { deflatedEntry, MINIMAL_DOCX_PARTS, MINIMAL_XLSX_PARTS, zipWithBomb } from './hostile-archives';

const temporaryFolder = useTemporaryFolder();
const LIMITS = { maxInflatedBytes: 64 * 1024 * 1024, maxCompressionRatio: 200, maxEntries: 100 };

describe('the archive guard', () => {
  it('refuses a 1 MB DOCX zip bomb (1 GiB of zeros in one part) sent to "start from a Word letter", counting what it inflates', async () => {
    const bomb = zipWithBomb(MINIMAL_DOCX_PARTS, 'word/media/image1.png', 1024);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    await expect(importDocx(Buffer.from(bomb), 'bomb.docx')).rejects.toThrow(
      /^"bomb.docx" expands to more than any Word document \(\.docx\) should \(over 100 MiB, while "word\/media\/image1.png" alone says it is 1073741824 bytes\); it was not opened\.$/,
    );
    // Inflation stopped at the budget: nothing near the 1 GiB the part declares was ever held.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it('refuses an XLSX whose zip directory understates its sizes (declares 1 KB, inflates to 1.75 GiB)', async () => {
    const path = join(temporaryFolder(), 'understated.xlsx');
    writeFileSync(path, zipWithBomb(MINIMAL_XLSX_PARTS, 'xl/worksheets/sheet1.xml', 1792, 1000));
    await expect(readSpreadsheet(path)).rejects.toThrow(
      /^"understated.xlsx" expands to more than any XLSX workbook should \(over 200 MiB, while "xl\/worksheets\/sheet1.xml" alone says it is 1000 bytes\)/,
    );
  });

  it('refuses an archive that expands beyond the ratio limit even under the byte budget', () => {
    const bomb = zipWithBomb(MINIMAL_XLSX_PARTS, 'xl/worksheets/sheet1.xml', 8);
    expect(() => inflateArchive(bomb, 'dense.xlsx', 'XLSX workbook', LIMITS)).toThrow(
      /"dense.xlsx" expands more than 200:1 \(as far as "xl\/worksheets\/sheet1.xml"\)/,
    );
  });

  it('refuses an archive with more files than the entry limit', () => {
    const many = writeZipEntries(Array.from({ length: 101 }, (_, index) => deflatedEntry(`xl/part${index}.xml`, '<x/>')));
    expect(() => inflateArchive(many, 'many.xlsx', 'XLSX workbook', LIMITS)).toThrow(
      /"many.xlsx" holds 101 files, more than any XLSX workbook should \(limit 100\)/,
    );
  });

  it('refuses two files of the same name, an unknown method and a damaged stream, naming the part', () => {
    const twice = writeZipEntries([deflatedEntry('xl/workbook.xml', '<a/>'), deflatedEntry('xl/workbook.xml', '<b/>')]);
    expect(() => inflateArchive(twice, 'twice.xlsx', 'XLSX workbook', LIMITS)).toThrow(/holds two files named "xl\/workbook.xml"/);
    const oddMethod = writeZipEntries([{ ...deflatedEntry('xl/workbook.xml', '<a/>'), method: 12 }]);
    expect(() => inflateArchive(oddMethod, 'bzip.xlsx', 'XLSX workbook', LIMITS)).toThrow(/compression method \(12\)/);
    const damaged = writeZipEntries([{ ...deflatedEntry('xl/workbook.xml', '<a/>'), data: new Uint8Array([0xff, 0xff, 0xff]) }]);
    expect(() => inflateArchive(damaged, 'damaged.xlsx', 'XLSX workbook', LIMITS)).toThrow(
      /"damaged.xlsx" is damaged: "xl\/workbook.xml" cannot be read/,
    );
  });

  it('gives readers a stored zip of exactly the files it counted', async () => {
    const archive = inflateArchive(
      writeZipEntries([deflatedEntry('a.xml', '<a>first</a>'), deflatedEntry('b/c.xml', '<c>second</c>')]),
      'fine.zip',
      'archive',
      LIMITS,
    );
    const zip = await JSZip.loadAsync(archive.storedZip(), { checkCRC32: true });
    expect(Object.keys(zip.files).sort()).toEqual(['a.xml', 'b/c.xml']);
    expect(await zip.file('b/c.xml')!.async('string')).toBe('<c>second</c>');
    expect(Buffer.from(archive.files.get('a.xml')!).toString()).toBe('<a>first</a>');
  });
});
