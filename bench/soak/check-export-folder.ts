import { PDFDocument } from '@cantoo/pdf-lib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateArchive } from '../../src/main/services/zip';

/** What an export folder holds after a run: whole letters, partial ones under their final names, hidden temporaries. */
export interface ExportFolderReport {
  files: number;
  /** Final names whose bytes are not a whole PDF or DOCX, with the reason. */
  partial: string[];
  /** Hidden `.undersigned-*.part` files (never a final name; the export writes there first). */
  temporary: number;
}

const DOCX_LIMITS = { maxInflatedBytes: 100 * 1024 * 1024, maxCompressionRatio: 200, maxEntries: 1000 };

async function whyNotWhole(path: string, name: string): Promise<string | undefined> {
  const bytes = readFileSync(path);
  if (name.endsWith('.pdf')) {
    const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
    if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-')) || !tail.includes('%%EOF')) return 'not a whole PDF (no header or no %%EOF)';
    try {
      const document = await PDFDocument.load(bytes, { updateMetadata: false });
      if (document.getPageCount() === 0) return 'a PDF with no page';
    } catch (error) {
      return `PDF does not load: ${(error as Error).message}`;
    }
    return undefined;
  }
  if (name.endsWith('.docx')) {
    try {
      const archive = inflateArchive(bytes, name, 'Word document', DOCX_LIMITS);
      const document = archive.files.get('word/document.xml');
      if (!document) return 'a zip without word/document.xml';
      if (!Buffer.from(document).toString('utf8').trimEnd().endsWith('</w:document>')) return 'word/document.xml is cut short';
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  }
  return 'a file the export never writes';
}

/** Reads every file an export left in `folder` and says which are whole. */
export async function checkExportFolder(folder: string): Promise<ExportFolderReport> {
  const report: ExportFolderReport = { files: 0, partial: [], temporary: 0 };
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.')) {
      if (name.endsWith('.part')) report.temporary += 1;
      continue;
    }
    report.files += 1;
    const reason = await whyNotWhole(join(folder, name), name);
    if (reason) report.partial.push(`${name}: ${reason}`);
  }
  return report;
}
