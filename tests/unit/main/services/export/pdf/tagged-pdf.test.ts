import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IRBlock, IRRun, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { renderCombinedPdf, renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { readPdfObjectsWithQpdf, type QpdfValue } from '../../../../../fixtures/pdf/read-pdf-objects-with-qpdf';
import { readPdfStructure, structurePaths, structureText, type PageStructure } from '../../../../../fixtures/pdf/read-pdf-structure';
import { collapseWhiteSpace, readPdfWithPoppler } from '../../../../../fixtures/pdf/read-pdf-with-poppler';
import { frenchLetterWithLetterhead, sampleLetter } from '../../../../../fixtures/pdf/sample-letters';
import { parseStrictXml, type Element } from '../docx/read-docx-package';

type Dictionary = Record<string, QpdfValue>;

/** The text a reader should get from a block, in the letter's order (bullets as the exporter draws them at each depth). */
function blockTexts(block: IRBlock, depth = 0): string[] {
  const runsText = (runs: IRRun[]): string => runs.map((run) => run.text).join('');
  switch (block.kind) {
    case 'paragraph':
    case 'heading':
      return [runsText(block.runs)];
    case 'list':
      return block.items.flatMap((item, index) => [
        block.ordered ? `${block.start + index}.` : ['•', '–'][depth % 2]!,
        ...item.blocks.flatMap((inner) => blockTexts(inner, depth + 1)),
      ]);
    case 'quote':
      return block.blocks.flatMap((inner) => blockTexts(inner, depth));
    case 'signatoryList':
      return [block.heading, block.countLine, ...block.groups.flatMap((group) => [group.title, ...group.entries])].filter(Boolean);
    case 'signatureBlock':
      return block.signers.flatMap((signer) => [signer.name, signer.title, signer.organization]);
    case 'pageBreak':
      return [];
  }
}

/** One text for comparing: white space collapsed, and words hyphenated at a line end joined again. */
function comparable(text: string): string {
  return collapseWhiteSpace(
    text
      .replace(/\s+/g, ' ')
      .replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2')
      .replace(/\s+/g, ''),
  );
}

function structureTextOfPages(pages: PageStructure[]): string {
  return pages.map((page) => structureText(page.tree, page)).join(' ');
}

function rolesOf(pages: PageStructure[]): string[] {
  return pages.flatMap((page) => structurePaths(page.tree).map(({ path }) => path));
}

/** Every structure element reachable from the structure tree root, as qpdf reads them. */
function structureElements(objects: ReturnType<typeof readPdfObjectsWithQpdf>): Dictionary[] {
  const found: Dictionary[] = [];
  const visit = (value: QpdfValue | undefined): void => {
    const resolved = objects.resolve(value);
    if (Array.isArray(resolved)) for (const kid of resolved) visit(kid);
    else if (resolved && typeof resolved === 'object' && typeof resolved['/S'] === 'string') {
      found.push(resolved);
      visit(resolved['/K']);
    }
  };
  visit((objects.resolve(objects.catalog['/StructTreeRoot']) as Dictionary)['/K']);
  return found;
}

function withSignatories(letter: LetterIR, entries: string[]): LetterIR {
  return {
    ...letter,
    blocks: letter.blocks.map((block) =>
      block.kind === 'signatoryList' ? { ...block, countLine: '', groups: [{ title: '', entries }] } : block,
    ),
  };
}

/** The catalog's XMP packet as poppler reads it (`pdfinfo -meta`), parsed strictly. */
function readXmp(bytes: Uint8Array): Element {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-xmp-'));
  try {
    const file = join(folder, 'letter.pdf');
    writeFileSync(file, bytes);
    return parseStrictXml(execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' }), 'XMP');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function xmpValues(xmp: Element, namespace: string, name: string): string[] {
  const element = xmp.getElementsByTagNameNS(namespace, name)[0];
  if (!element) return [];
  const items = Array.from(element.getElementsByTagNameNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'li'));
  return items.length > 0
    ? items.map((item) => `${item.getAttribute('xml:lang') ?? ''}=${item.textContent ?? ''}`)
    : [element.textContent ?? ''];
}

const DC = 'http://purl.org/dc/elements/1.1/';

describe('tagged PDF', () => {
  it('identifies itself as PDF/UA-1 in XMP metadata that repeats the Info dictionary, in the letter’s language', async () => {
    const letter = sampleLetter();
    const title = 'Lettre ouverte — « Prévention & protection » <2026>';
    const bytes = await renderLetterPdf({ ...letter, meta: { ...letter.meta, title, author: 'Réseau d’Action & Paix', locale: 'fr-FR' } });
    const info = readPdfWithPoppler(bytes).info;
    expect(info.Title).toBe(title);
    const xmp = readXmp(bytes);
    expect(xmpValues(xmp, 'http://www.aiim.org/pdfua/ns/id/', 'part')).toEqual(['1']);
    expect(xmpValues(xmp, DC, 'title')).toEqual([`x-default=${title}`, `fr-FR=${title}`]);
    expect(xmpValues(xmp, DC, 'creator')).toEqual([`=${info.Author}`]);
    expect(xmpValues(xmp, DC, 'description')).toEqual([`x-default=${info.Subject}`, `fr-FR=${info.Subject}`]);
    expect(xmpValues(xmp, DC, 'language')).toEqual(['=fr-FR']);
    expect(xmpValues(xmp, 'http://ns.adobe.com/xap/1.0/', 'CreateDate')).toEqual([letter.meta.createdAt.replace(/\.\d{3}Z$/, 'Z')]);
    const objects = readPdfObjectsWithQpdf(bytes);
    expect(objects.resolve(objects.catalog['/Metadata'])).toMatchObject({ '/Type': '/Metadata', '/Subtype': '/XML' });
    expect((objects.resolve(objects.catalog['/Metadata']) as Dictionary)['/Filter']).toBeUndefined();
  });

  it('titles a combined file’s XMP with the letter’s title, not one recipient’s', async () => {
    const first = sampleLetter({ signatories: 3 });
    const bytes = await renderCombinedPdf([
      {
        label: 'African Union',
        ir: { ...first, meta: { ...first.meta, title: 'Joint letter — African Union', letterTitle: 'Joint letter' } },
      },
      {
        label: 'Council of Europe',
        ir: { ...first, meta: { ...first.meta, title: 'Joint letter — Council of Europe', letterTitle: 'Joint letter' } },
      },
    ]);
    expect(readPdfWithPoppler(bytes).info.Title).toBe('Joint letter');
    expect(xmpValues(readXmp(bytes), DC, 'title')[0]).toBe('x-default=Joint letter');
  });

  it('is marked as tagged, in the letter’s language, titled in the window, with tab order following the structure', async () => {
    const bytes = await renderLetterPdf(sampleLetter());
    expect(readPdfWithPoppler(bytes).info.Tagged).toBe('yes');
    const objects = readPdfObjectsWithQpdf(bytes);
    expect(objects.catalog['/MarkInfo']).toEqual({ '/Marked': true });
    expect(objects.catalog['/Lang']).toBe('u:en-GB');
    expect((objects.resolve(objects.catalog['/ViewerPreferences']) as Dictionary)['/DisplayDocTitle']).toBe(true);
    const treeRoot = objects.resolve(objects.catalog['/StructTreeRoot']) as Dictionary;
    expect(treeRoot['/Type']).toBe('/StructTreeRoot');
    expect(objects.pages.map((page) => page['/Tabs'])).toEqual(objects.pages.map(() => '/S'));
    const keys = objects.pages.map((page) => page['/StructParents']);
    expect(new Set(keys).size).toBe(objects.pages.length);
    const parentTree = objects.resolve(treeRoot['/ParentTree']) as Dictionary;
    const numbers = (parentTree['/Nums'] as QpdfValue[]).filter((_, index) => index % 2 === 0);
    for (const key of keys) expect(numbers).toContain(key);
    expect(treeRoot['/ParentTreeNextKey']).toBe(Math.max(...(numbers as number[])) + 1);
  });

  it('gives screen readers the letter in its order: every heading, paragraph, list item, signer and signatory', async () => {
    const letter = sampleLetter();
    const pages = await readPdfStructure(await renderLetterPdf(letter));
    expect(comparable(structureTextOfPages(pages))).toBe(comparable(letter.blocks.flatMap((block) => blockTexts(block)).join(' ')));
    for (const page of pages) expect(page.unmarkedText).toBe('');
  });

  it('tags headings, lists with labels and bodies, the quote, the link, the signature table and the signatory list', async () => {
    const letter = sampleLetter();
    const bytes = await renderLetterPdf(letter);
    const pages = await readPdfStructure(bytes);
    const roles = rolesOf(pages);
    expect(roles).toContain('/Document/H1');
    expect(roles).toContain('/Document/H2');
    expect(roles).toContain('/Document/L/LI/Lbl');
    expect(roles).toContain('/Document/L/LI/LBody/P');
    expect(roles).toContain('/Document/L/LI/LBody/L/LI/Lbl');
    expect(roles).toContain('/Document/BlockQuote/P');
    expect(roles.filter((role) => role === '/Document/Table/TR/TD/P')).toHaveLength(9);
    // The signatory list: one item per organization, across the pages it fills.
    const signatoryList = letter.blocks.find((block) => block.kind === 'signatoryList')!;
    expect(roles.filter((role) => role === '/Document/L/LI/LBody').length).toBeGreaterThanOrEqual(signatoryList.groups[0]!.entries.length);

    const link = pages.flatMap((page) =>
      structurePaths(page.tree)
        .filter(({ path }) => path === '/Document/P/Link')
        .map(({ node }) => ({ node, page })),
    )[0]!;
    expect(structureText(link.node, link.page).replace(/\s+/g, '')).toBe('https://example.org/recommendations');
    expect(link.node.children!.some((child) => child.type === 'object' || child.type === 'annotation')).toBe(true);
    const objects = readPdfObjectsWithQpdf(bytes);
    const annotations = objects.pages.flatMap((page) =>
      ((objects.resolve(page['/Annots']) as QpdfValue[]) ?? []).map((annotation) => objects.resolve(annotation) as Dictionary),
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) {
      expect(typeof annotation['/StructParent']).toBe('number');
      expect(annotation['/Contents']).toBe('u:https://example.org/recommendations');
    }
    expect(structureElements(objects).map((element) => element['/S'])).not.toContain('/Artifact');
  });

  it('gives the logo its alternative text and marks the footer, rules and the repeated letterhead as artifacts', async () => {
    const letter = frenchLetterWithLetterhead();
    const pages = await readPdfStructure(await renderLetterPdf(letter));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const figures = pages.map((page) => structurePaths(page.tree).filter(({ path }) => path === '/Document/Figure'));
    expect(figures[0]!.map(({ node }) => node.alt)).toEqual(['Logo de Coalition pour la responsabilité']);
    for (const later of figures.slice(1)) expect(later).toEqual([]);
    expect(pages[0]!.tree.children![0]!.lang).toBe('fr-FR');
    expect(collapseWhiteSpace(structureText(pages[0]!.tree, pages[0]!))).toMatch(
      /^Coalition pour la responsabilité 12, rue de l’Église 75004 Paris, France Madame la Présidente/,
    );
    pages.forEach((page, index) => {
      expect(page.unmarkedText).toBe('');
      expect(page.artifactText).toContain(`Page ${index + 1} sur ${pages.length}`);
      expect(page.artifactText).toContain('Coalition pour la responsabilité · 12, rue de l’Église');
      if (index > 0) expect(page.artifactText).toContain('75004 Paris, France');
      expect(structureText(page.tree, page)).not.toContain(`Page ${index + 1} sur`);
    });
  });

  it('marks names written in other scripts with their language', async () => {
    const letter = withSignatories(sampleLetter({ signatories: 3 }), [
      'المبادرة المصرية للحقوق الشخصية',
      'Amnesty International',
      '香港人權監察',
      'ヒューマンライツ・ナウ',
      'Ἑλληνικὴ Ἕνωσις',
    ]);
    const pages = await readPdfStructure(await renderLetterPdf(letter));
    const spans = pages.flatMap((page) =>
      structurePaths(page.tree)
        .filter(({ path }) => path.endsWith('/Span'))
        .map(({ path, node }) => ({ path, lang: node.lang })),
    );
    expect(spans).toEqual([
      { path: '/Document/L/LI/LBody/Span', lang: 'ar' },
      { path: '/Document/L/LI/LBody/Span', lang: 'zh-Hant' },
      { path: '/Document/L/LI/LBody/Span', lang: 'ja' },
      { path: '/Document/L/LI/LBody/Span', lang: 'el' },
    ]);
  });

  it('keeps the words of a right-to-left name in reading order in the structure, with its language, though they are drawn right to left in pieces', async () => {
    // The dashes are drawn in the Latin face, so each name is drawn as three runs, the first word rightmost.
    const names = ['בצלם – מרכז המידע הישראלי (Israel)', 'الشبكة العربية — مركز القاهرة (Egypt)'];
    const pages = await readPdfStructure(await renderLetterPdf(withSignatories(sampleLetter({ signatories: 3 }), names)));
    const bodies = pages.flatMap((page) =>
      structurePaths(page.tree)
        .filter(({ path }) => path.endsWith('/LBody'))
        .map(({ node }) => ({
          text: structureText(node, page).replace(/\s+/g, ''),
          languages: (node.children ?? []).filter((kid) => kid.role === 'Span').map((kid) => kid.lang),
        })),
    );
    expect(bodies).toContainEqual({ text: names[0]!.replace(/\s+/g, ''), languages: ['he'] });
    expect(bodies).toContainEqual({ text: names[1]!.replace(/\s+/g, ''), languages: ['ar'] });
  });

  it('tags each letter of a combined file as an article with its own title and language', async () => {
    const bytes = await renderCombinedPdf([
      { label: 'African Union', ir: sampleLetter({ signatories: 10 }) },
      { label: 'Organisation internationale de la Francophonie', ir: frenchLetterWithLetterhead() },
    ]);
    expect(readPdfWithPoppler(bytes).info.Tagged).toBe('yes');
    const objects = readPdfObjectsWithQpdf(bytes);
    const elements = structureElements(objects);
    expect(elements[0]!['/S']).toBe('/Document');
    const articles = elements.filter((element) => element['/S'] === '/Art');
    expect(articles.map((article) => [article['/T'], article['/Lang']])).toEqual([
      ['u:African Union', 'u:en-GB'],
      ['u:Organisation internationale de la Francophonie', 'u:fr-FR'],
    ]);
    for (const article of articles)
      expect(article['/P']).toBe(elements.length > 0 ? (objects.resolve(objects.catalog['/StructTreeRoot']) as Dictionary)['/K'] : null);
    const pages = await readPdfStructure(bytes);
    for (const page of pages) expect(page.unmarkedText).toBe('');
  });

  it('writes no structure when tagging is off (the benchmark’s comparison)', async () => {
    const bytes = await renderLetterPdf(sampleLetter({ signatories: 10 }), { tagged: false });
    expect(readPdfWithPoppler(bytes).info.Tagged).toBe('no');
    expect(readPdfObjectsWithQpdf(bytes).catalog['/StructTreeRoot']).toBeUndefined();
  });
});
