import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deflatedZipEntry, readZipEntries, writeZipEntries } from '../../../../../src/main/services/zip';
import { useTemporaryFolder } from '../../../temporary-folder';
import { zipEntryText } from './zip-entry-text';

describe('zip entries', () => {
  const temporaryFolder = useTemporaryFolder();
  const text = 'Organisations signataires : Côte d’Ivoire, Perú, Türkiye. '.repeat(50);
  const stored = new TextEncoder().encode('<w:fonts/>');
  const entries = [
    deflatedZipEntry('word/document.xml', text),
    { name: '[Content_Types].xml', method: 0, crc32: crc32(stored), size: stored.length, data: stored },
  ];

  it('writes a package another zip reader opens, CRCs checked', async () => {
    const zip = await JSZip.loadAsync(writeZipEntries(entries), { checkCRC32: true });
    expect(await zip.file('word/document.xml')!.async('string')).toBe(text);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toBe('<w:fonts/>');
  });

  it('names its files so that Info-ZIP unzip extracts them as written, readable by all', () => {
    const folder = temporaryFolder();
    const names = ["Côte d'Ivoire - 30 novembre 2026.pdf", 'Türkiye.docx', 'مصر.pdf', '日本.pdf'];
    const archive = join(folder, 'run.zip');
    writeFileSync(archive, writeZipEntries(names.map((name) => deflatedZipEntry(name, name))));
    execFileSync('unzip', ['-q', '-d', join(folder, 'out'), archive], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(readdirSync(join(folder, 'out')).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect(readFileSync(join(folder, 'out', name), 'utf8')).toBe(name);
      expect(statSync(join(folder, 'out', name)).mode & 0o777).toBe(0o644);
    }
  });

  it('reads back the entries it wrote, still compressed, in order', () => {
    const read = readZipEntries(writeZipEntries(entries));
    expect(read.map(({ name, method, crc32: checksum, size }) => ({ name, method, crc32: checksum, size }))).toEqual(
      entries.map(({ name, method, crc32: checksum, size }) => ({ name, method, crc32: checksum, size })),
    );
    expect(read[0]!.data.length).toBeLessThan(Buffer.byteLength(text));
    expect(zipEntryText(read[0]!)).toBe(text);
    expect(zipEntryText(read[1]!)).toBe('<w:fonts/>');
  });

  it('reads a package JSZip wrote', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'première', { compression: 'DEFLATE' });
    zip.file('b.txt', 'segunda', { compression: 'STORE' });
    const read = readZipEntries(await zip.generateAsync({ type: 'uint8array' }));
    expect(read.map((entry) => [entry.name, zipEntryText(entry)])).toEqual([
      ['a.txt', 'première'],
      ['b.txt', 'segunda'],
    ]);
  });

  it('refuses bytes that are not a zip package', () => {
    expect(() => readZipEntries(new TextEncoder().encode('not a zip package at all, just text'))).toThrow('Not a zip package');
  });

  it('refuses a package whose local header is not where its directory says, naming the entry', () => {
    const bytes = writeZipEntries(entries);
    const secondHeader = 30 + 'word/document.xml'.length + entries[0]!.data.length;
    expect(new DataView(bytes.buffer).getUint32(secondHeader, true)).toBe(0x04034b50);
    bytes[secondHeader] = 0;
    expect(() => readZipEntries(bytes)).toThrow('the local header of [Content_Types].xml is damaged');
  });
});
