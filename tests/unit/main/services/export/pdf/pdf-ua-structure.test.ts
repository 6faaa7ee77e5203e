import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { renderCombinedPdf, renderLetterPdf } from '../../../../../../src/main/services/export/pdf/render-letter-pdf';
import { MULTI_SCRIPT_NAMES } from '../../../../../fixtures/pdf/multi-script-names';
import { readMarkedContent } from '../../../../../fixtures/pdf/read-marked-content';
import { readPdfObjectsWithQpdf, type QpdfValue } from '../../../../../fixtures/pdf/read-pdf-objects-with-qpdf';
import { frenchLetterWithLetterhead, sampleLetter } from '../../../../../fixtures/pdf/sample-letters';

type Dictionary = Record<string, QpdfValue>;

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4): PDF/UA-1 needs any other type role-mapped to one of these. */
const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD ' +
    'THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

function letterWithScriptsAndLink(): LetterIR {
  const letter = frenchLetterWithLetterhead();
  const blocks = letter.blocks.map((block): IRBlock =>
    block.kind === 'signatoryList' ? { ...block, groups: block.groups.map((group) => ({ ...group, entries: [...Object.values(MULTI_SCRIPT_NAMES), ...group.entries] })) } : block,
  );
  return { ...letter, blocks };
}

const LETTERS: [string, () => Promise<Uint8Array>][] = [
  ['the sample letter (lists, quote, link, signature table, 120 signatories)', () => renderLetterPdf(sampleLetter())],
  ['a letter with a logo, a letterhead on every page, a footer and names in twelve scripts', () => renderLetterPdf(letterWithScriptsAndLink())],
  ['a combined file of two letters', () => renderCombinedPdf([{ label: 'One', ir: sampleLetter({ signatories: 30 }) }, { label: 'Two', ir: frenchLetterWithLetterhead() }])],
];

/** The parent tree's value for a key (a flat /Nums array, as the exporter writes it). */
function parentTreeValue(objects: ReturnType<typeof readPdfObjectsWithQpdf>, key: number): QpdfValue | undefined {
  const treeRoot = objects.resolve(objects.catalog['/StructTreeRoot']) as Dictionary;
  const nums = (objects.resolve(treeRoot['/ParentTree']) as Dictionary)['/Nums'] as QpdfValue[];
  for (let index = 0; index < nums.length; index += 2) if (nums[index] === key) return nums[index + 1];
  return undefined;
}

function kidsOf(element: Dictionary): QpdfValue[] {
  const kids = element['/K'];
  return Array.isArray(kids) ? kids : kids === undefined ? [] : [kids];
}

describe('PDF/UA-1 structure checks that can run here', () => {
  for (const [description, render] of LETTERS) {
    it(`marks every painting operation as tagged content or an artifact, never one inside the other (${description})`, async () => {
      // Matterhorn 01-001..01-004 (content neither tagged nor artifact; artifacts inside tagged content and the reverse).
      const objects = readPdfObjectsWithQpdf(await render());
      objects.pageContents().forEach((content, pageIndex) => {
        const reading = readMarkedContent(content);
        expect(reading.painted.length, `page ${pageIndex + 1}`).toBeGreaterThan(0);
        const unmarked = reading.painted.filter((operation) => !operation.enclosing.some((entry) => entry.mcid !== null || entry.tag === 'Artifact'));
        expect(unmarked.map((operation) => operation.operator), `page ${pageIndex + 1}`).toEqual([]);
        expect(reading.badNesting, `page ${pageIndex + 1}`).toEqual([]);
        expect(new Set(reading.mcids).size, `page ${pageIndex + 1}: each MCID once`).toBe(reading.mcids.length);
      });
    });

    it(`maps every MCID through the parent tree to the element holding it on that page, and each link annotation to its Link (${description})`, async () => {
      const objects = readPdfObjectsWithQpdf(await render());
      objects.pageContents().forEach((content, pageIndex) => {
        const page = objects.pages[pageIndex]!;
        const pageRef = objects.pageRefs[pageIndex]!;
        const { mcids } = readMarkedContent(content);
        const parents = objects.resolve(parentTreeValue(objects, page['/StructParents'] as number)) as QpdfValue[];
        expect(parents, `page ${pageIndex + 1}`).toHaveLength(mcids.length === 0 ? 0 : Math.max(...mcids) + 1);
        for (const mcid of mcids) {
          const element = objects.resolve(parents[mcid]) as Dictionary;
          const held = kidsOf(element).some((kid) => {
            if (kid === mcid) return element['/Pg'] === pageRef;
            const reference = objects.resolve(kid) as Dictionary | undefined;
            return reference?.['/Type'] === '/MCR' && reference['/MCID'] === mcid && (reference['/Pg'] ?? element['/Pg']) === pageRef;
          });
          expect(held, `page ${pageIndex + 1}, MCID ${mcid} in /${String(element['/S']).slice(1)}`).toBe(true);
        }
        for (const annotationRef of (objects.resolve(page['/Annots']) as QpdfValue[] | undefined) ?? []) {
          const annotation = objects.resolve(annotationRef) as Dictionary;
          const link = objects.resolve(parentTreeValue(objects, annotation['/StructParent'] as number)) as Dictionary;
          expect(link['/S']).toBe('/Link');
          expect(kidsOf(link).some((kid) => (objects.resolve(kid) as Dictionary)?.['/Obj'] === annotationRef)).toBe(true);
        }
      });
    });
  }

  it('uses only standard structure types, so it needs no role map, and every element points to its parent', async () => {
    // Matterhorn 02-001..02-004 (non-standard types must be role-mapped to standard ones).
    for (const [, render] of LETTERS) {
      const objects = readPdfObjectsWithQpdf(await render());
      const treeRoot = objects.resolve(objects.catalog['/StructTreeRoot']) as Dictionary;
      const roleMap = (objects.resolve(treeRoot['/RoleMap']) as Dictionary | undefined) ?? {};
      const types = new Set<string>();
      const visit = (ref: QpdfValue, parentRef: QpdfValue): void => {
        const element = objects.resolve(ref) as Dictionary | undefined;
        if (!element || typeof element['/S'] !== 'string') return;
        types.add(element['/S'].slice(1));
        expect(element['/P']).toBe(parentRef);
        for (const kid of kidsOf(element)) if (typeof kid === 'string') visit(kid, ref);
      };
      const rootRef = objects.catalog['/StructTreeRoot'] as string;
      for (const kid of Array.isArray(treeRoot['/K']) ? treeRoot['/K'] : [treeRoot['/K']!]) visit(kid, rootRef);
      expect(types.size).toBeGreaterThan(5);
      for (const type of types) expect(STANDARD_TYPES.has(type) || STANDARD_TYPES.has(String(roleMap[`/${type}`] ?? '').slice(1)), type).toBe(true);
    }
  });
});
