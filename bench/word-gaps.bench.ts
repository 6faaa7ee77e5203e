import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLetterDocx } from '../src/main/services/export/docx/render-letter-docx';
import { renderLetterPdf } from '../src/main/services/export/pdf/render-letter-pdf';
import { regionalTemplateLetters } from '../tests/fixtures/letters/regional-template-letters';
import type { BenchResult } from './bench-result';

/** Gap limit a reader notices in justified text, in ems of the body size. */
const LOOSE_GAP_EM = 0.45;

/** The widest gap between words (after the second word) of each line with three words or more (pdftotext's layout), in ems of `sizePt`. */
function lineGaps(pdf: string, sizePt: number): number[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const gaps: number[] = [];
  for (const line of xml.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
    const words = [...line[1]!.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((word) => [Number(word[1]), Number(word[2])] as const);
    if (words.length < 3) continue;
    let widest = 0;
    // The first gap may be a list marker's indent, not a space between words.
    for (let index = 2; index < words.length; index++) widest = Math.max(widest, words[index]![0] - words[index - 1]![1]);
    gaps.push(widest / sizePt);
  }
  return gaps;
}

function summary(gaps: number[]): string {
  const loose = gaps.filter((gap) => gap > LOOSE_GAP_EM).length;
  return `max ${Math.max(...gaps).toFixed(2)} em, ${loose} of ${gaps.length} lines (${((100 * loose) / gaps.length).toFixed(1)} %) over ${LOOSE_GAP_EM} em`;
}

/**
 * Word gaps of our PDF and of LibreOffice's rendering of our DOCX, for every template sent to five regional
 * organizations with 100 signatories: the widest gap and the share of lines with a gap over 0.45 em.
 */
export async function run(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-gaps-'));
  try {
    const letters = regionalTemplateLetters(100).filter((_, index) => index % 4 === 0);
    const names = letters.map(({ template }, index) => `${template}-${index}`);
    for (const [index, { ir }] of letters.entries()) {
      writeFileSync(join(folder, `${names[index]}.docx`), await renderLetterDocx(ir));
      writeFileSync(join(folder, `${names[index]}.our.pdf`), await renderLetterPdf(ir));
    }
    const start = performance.now();
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(folder, 'profile')}`, '--convert-to', 'pdf', '--outdir', folder, ...names.map((name) => join(folder, `${name}.docx`))], { stdio: 'ignore' });
    const conversion = (performance.now() - start) / names.length;
    const pdfGaps = names.flatMap((name, index) => lineGaps(join(folder, `${name}.our.pdf`), letters[index]!.ir.settings.fontSizePt));
    const docxGaps = names.flatMap((name, index) => lineGaps(join(folder, `${name}.pdf`), letters[index]!.ir.settings.fontSizePt));
    return [
      { name: `word gaps, our PDF (${names.length} letters)`, medianMs: 0, notes: summary(pdfGaps) },
      { name: `word gaps, our DOCX in LibreOffice (${names.length} letters; mean conversion per letter)`, medianMs: conversion, notes: summary(docxGaps) },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
