import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IRBlock, IRRun, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { renderCombinedDocx } from '../../../../../../src/main/services/export/docx/render-combined-docx';
import { renderLetterDocx } from '../../../../../../src/main/services/export/docx/render-letter-docx';
import { renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { regionalTemplateLetters } from '../../../../../fixtures/letters/regional-template-letters';
import { SAMPLE_LETTERS } from '../../../../../fixtures/docx/sample-letters';
import { builtInTemplateLetters } from '../../../../../fixtures/docx/template-letters';

/**
 * The sample letters through LibreOffice: one soffice call converts every file to PDF (it fails here, not skips,
 * when LibreOffice is missing: CI installs libreoffice-writer-nogui), then pdftotext (in content order, -raw, so
 * newspaper columns read column by column) and pdffonts read the PDFs back.
 */
const folder = mkdtempSync(join(tmpdir(), 'undersigned-docx-'));
/** The hand-built samples and every built-in template merged for a recipient. */
const LETTERS: [string, LetterIR][] = [
  ...Object.entries(SAMPLE_LETTERS),
  ...builtInTemplateLetters().map(({ name, ir }): [string, LetterIR] => [name, ir]),
];
const pdfText = new Map<string, string>();
const pdfFonts = new Map<string, string>();

/** A run's text as the reader sees it: an unresolved field is shown in brackets. */
const runsText = (runs: IRRun[]): string => runs.map((run) => (run.unresolvedField === undefined ? run.text : `[${run.text}]`)).join('');

/** Every piece of text a reader must find in the PDF, in letter order. */
function expectedTexts(blocks: readonly IRBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [runsText(block.runs)];
      case 'list':
        return block.items.flatMap((item) => expectedTexts(item.blocks));
      case 'quote':
        return expectedTexts(block.blocks);
      case 'pageBreak':
        return [];
      case 'signatoryList':
        return [block.heading, block.countLine, ...block.groups.flatMap((group) => [group.title, ...group.entries])];
      case 'signatureBlock':
        return block.signers.flatMap((signer) => [signer.name, signer.title, signer.organization]);
    }
  });
}

/** Compatibility forms folded (ligatures), a line broken after a hyphen joined again, spaces collapsed. */
const normalized = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/-\s*\n\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** The DOCX asks for automatic hyphens: where LibreOffice has dictionaries, a word may end a line with one, so hyphens are not compared. */
const withoutHyphens = (text: string): string => normalized(text).replace(/-/g, '');

function expectInOrder(haystack: string, needles: readonly string[]): void {
  const text = withoutHyphens(haystack);
  let position = 0;
  for (const needle of needles.map(withoutHyphens).filter((candidate) => candidate !== '')) {
    const found = text.indexOf(needle, position);
    expect(found, `"${needle}" after position ${position}`).toBeGreaterThanOrEqual(0);
    position = found + needle.length;
  }
}

/** The "Page X of Y" footers in page order, as [X, Y]. */
function pageFooters(text: string): [number, number][] {
  return Array.from(text.matchAll(/(?:Page|Página) (\d+) (?:of|sur|de) (\d+)/g), (match) => [Number(match[1]), Number(match[2])]);
}

const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, ir] of LETTERS) {
    writeFileSync(join(folder, `${name}.docx`), await renderLetterDocx(ir));
    files.push(join(folder, `${name}.docx`));
  }
  writeFileSync(
    join(folder, 'combined.docx'),
    await renderCombinedDocx(Object.entries(SAMPLE_LETTERS).map(([label, ir]) => ({ label, ir }))),
  );
  files.push(join(folder, 'combined.docx'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...files],
    { stdio: 'pipe', timeout: 120_000 },
  );
  for (const file of files) {
    const pdf = file.replace(/\.docx$/, '.pdf');
    pdfText.set(file, execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    pdfFonts.set(file, execFileSync('pdffonts', [pdf], { encoding: 'utf8' }));
  }
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('DOCX through LibreOffice', () => {
  it('covers at least one built-in template', () => {
    expect(LETTERS.filter(([name]) => name.startsWith('template-')).length).toBeGreaterThan(0);
  });

  it.each(LETTERS)('%s converts to a PDF holding every paragraph and signatory in order, in the embedded font', (name, ir: LetterIR) => {
    const file = join(folder, `${name}.docx`);
    expect(
      readFileSync(file.replace(/\.docx$/, '.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expectInOrder(pdfText.get(file)!, expectedTexts(ir.blocks));
    expect(pdfFonts.get(file)).toContain(ir.settings.fontFamily === 'serif' ? 'SourceSerif4-Regular' : 'SourceSans3-Regular');
    const pages = pageCount(file.replace(/\.docx$/, '.pdf'));
    expect(pageFooters(pdfText.get(file)!)).toEqual(Array.from({ length: pages }, (_, index) => [index + 1, pages]));
  });

  it('never ends a heading that wraps on one word: its last two words share a line', () => {
    const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const wrapped: string[] = [];
    for (const [name, ir] of LETTERS) {
      for (const block of ir.blocks) {
        if (block.kind !== 'heading') continue;
        const words = runsText(block.runs).trim().split(/\s+/);
        if (words.length < 3) continue;
        const heading = new RegExp(`${words.slice(0, -1).map(escape).join('\\s+')}([ \\u00a0\\n]+)${escape(words.at(-1)!)}`);
        const found = heading.exec(pdfText.get(join(folder, `${name}.docx`))!);
        expect(found, `${name}: "${words.join(' ')}"`).not.toBeNull();
        expect(found![1], `${name}: "${words.join(' ')}" ends on one word`).not.toContain('\n');
        if (found![0].includes('\n')) wrapped.push(name);
      }
    }
    // The regional template's heading takes two lines in LibreOffice: without the no-break space its second was "dialogue".
    expect(wrapped).toContain('template-regional-organizations');
  });

  it('lays the three-page letter with 120 signatories on three pages', () => {
    expect(pageCount(join(folder, 'three-page.pdf'))).toBe(3);
  });

  it('numbers the combined file per letter, each "Page X of Y" counting its own letter', () => {
    const file = join(folder, 'combined.docx');
    expectInOrder(
      pdfText.get(file)!,
      Object.values(SAMPLE_LETTERS).flatMap((ir) => expectedTexts(ir.blocks)),
    );
    const footers = pageFooters(pdfText.get(file)!);
    const letters: [number, number][][] = [];
    for (const footer of footers) {
      if (footer[0] === 1) letters.push([]);
      letters.at(-1)!.push(footer);
    }
    expect(letters).toHaveLength(Object.keys(SAMPLE_LETTERS).length);
    for (const pages of letters) expect(pages).toEqual(pages.map((_, index) => [index + 1, pages.length]));
    expect(footers).toHaveLength(pageCount(join(folder, 'combined.pdf')));
  });
});

/**
 * Parity: every built-in template merged for the regional organizations with 100 signatories (every fourth
 * organization: the others differ only in their address lines) lays out on as many pages in LibreOffice as in our PDF.
 */
describe('DOCX and PDF page for page', () => {
  const parityFolder = mkdtempSync(join(tmpdir(), 'undersigned-parity-'));
  const letters = regionalTemplateLetters(100).filter((_, index) => index % 4 === 0);
  const names = letters.map(({ template }, index) => `${template}-${index}`);
  beforeAll(async () => {
    for (const [index, { ir }] of letters.entries()) {
      writeFileSync(join(parityFolder, `${names[index]}.docx`), await renderLetterDocx(ir));
      writeFileSync(join(parityFolder, `${names[index]}.our.pdf`), await renderLetterPdf(ir));
    }
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(parityFolder, 'profile')}`, '--convert-to', 'pdf', '--outdir', parityFolder, ...names.map((name) => join(parityFolder, `${name}.docx`))],
      { stdio: 'ignore', timeout: 400_000 },
    );
  }, 420_000);
  afterAll(() => rmSync(parityFolder, { recursive: true, force: true }));

  it('gives every template the same page count in LibreOffice as in the PDF', () => {
    const counts = names.map((name) => [name, pageCount(join(parityFolder, `${name}.pdf`)), pageCount(join(parityFolder, `${name}.our.pdf`))] as const);
    expect(new Set(letters.map(({ template }) => template)).size).toBe(5);
    expect(counts.filter(([, docx, pdf]) => docx !== pdf)).toEqual([]);
  });
});
