import {
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  type PDFContext,
  type PDFDict,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { languageOfScript } from './language-of-script';
import { createStructureElement, type StructureElement } from './structure-element';

/**
 * Records, while pages are drawn, which marked content and which annotations belong to which
 * structure element, then writes the tagged PDF's structure tree, parent tree and catalog entries.
 */
export interface StructureRecorder {
  /** Starts the next page: its parent-tree key, and tab order following the structure. */
  beginPage(page: PDFPage): void;
  /**
   * The element a text run of `element` is marked as: the element itself, or, for text in another
   * script than the element's language, a Span with that language (the one just before, if any).
   * Spaces and punctuation stay in the `current` Span of the element, so one name is one Span.
   */
  elementForText(element: StructureElement, text: string, current: StructureElement | null): StructureElement;
  /** Adds marked content of the current page to an element and returns its MCID. */
  markContent(element: StructureElement): number;
  /** Ties a link annotation to its Link element. */
  markAnnotation(element: StructureElement, annotation: PDFDict, ref: PDFRef): void;
  /** Writes the tree under `root` (a Document element) and marks the document as tagged. */
  finish(root: StructureElement): void;
}

const LETTER = /\p{L}/u;

interface MarkedContent {
  page: number;
  mcid: number;
}

interface AnnotationContent {
  page: number;
  annotation: number;
}

function languageOf(element: StructureElement): string | undefined {
  for (let current: StructureElement | null = element; current; current = current.parent)
    if (current.language !== undefined) return current.language;
  return undefined;
}

function primaryLanguage(tag: string | undefined): string {
  return (tag ?? '').split('-')[0]!.toLowerCase();
}

/** Joins an inline element (and any inline ancestors not yet joined) to its parent, at the end. */
function attach(element: StructureElement): void {
  if (element.attached || element.parent === null) return;
  attach(element.parent);
  element.parent.kids.push(element);
  element.attached = true;
}

function hasContent(element: StructureElement): boolean {
  return element.kids.some((kid) => !('type' in kid) || hasContent(kid));
}

export function createStructureRecorder(document: PDFDocument): StructureRecorder {
  const context: PDFContext = document.context;
  const pageRefs: PDFRef[] = [];
  /** Per parent-tree key: the elements of a page's MCIDs, or the element of an annotation. */
  const parentTree: (StructureElement[] | StructureElement)[] = [];
  const pageKeys: number[] = [];
  const annotationRefs = new Map<number, PDFRef>();

  const markContent = (element: StructureElement): number => {
    attach(element);
    const page = pageRefs.length - 1;
    const elements = parentTree[pageKeys[page]!] as StructureElement[];
    const mcid = elements.length;
    elements.push(element);
    element.kids.push({ page, mcid });
    return mcid;
  };

  return {
    beginPage(page) {
      pageRefs.push(page.ref);
      pageKeys.push(parentTree.length);
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(parentTree.length));
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      parentTree.push([]);
    },
    elementForText(element, text, current) {
      const language = languageOfScript(text);
      if (language === null && current?.type === 'Span' && current.parent === element && !LETTER.test(text)) return current;
      if (language === null || primaryLanguage(language) === primaryLanguage(languageOf(element))) return element;
      const last = element.kids[element.kids.length - 1];
      return last && 'type' in last && last.type === 'Span' && last.language === language
        ? last
        : createStructureElement('Span', element, { inline: true, language });
    },
    markContent,
    markAnnotation(element, annotation, ref) {
      attach(element);
      const key = parentTree.length;
      parentTree.push(element);
      annotation.set(PDFName.of('StructParent'), PDFNumber.of(key));
      annotationRefs.set(key, ref);
      element.kids.push({ page: pageRefs.length - 1, annotation: key });
    },
    finish(root) {
      const refs = new Map<StructureElement, PDFRef>();
      const assignRefs = (element: StructureElement): void => {
        if (!hasContent(element)) return;
        refs.set(element, context.nextRef());
        for (const kid of element.kids) if ('type' in kid) assignRefs(kid);
      };
      assignRefs(root);
      const treeRootRef = context.nextRef();
      const pageNames = pageRefs.map((ref) => ref.toString());

      // A letter has a few hundred elements: written as text, like the content streams, they cost
      // a fraction of what a PDFDict each does (PDFInvalidObject writes its bytes as they are).
      for (const [element, ref] of refs) {
        let kids = '';
        let kidCount = 0;
        let pageOfElement = -1;
        for (const kid of element.kids) {
          if ('type' in kid) {
            const kidRef = refs.get(kid);
            if (!kidRef) continue;
            kids += ' ' + kidRef.toString();
          } else if ('mcid' in kid) {
            const { page, mcid } = kid as MarkedContent;
            if (pageOfElement === -1) pageOfElement = page;
            kids += page === pageOfElement ? ` ${mcid}` : ` <</Type /MCR /Pg ${pageNames[page]!} /MCID ${mcid}>>`;
          } else {
            const { page, annotation } = kid as AnnotationContent;
            kids += ` <</Type /OBJR /Obj ${annotationRefs.get(annotation)!.toString()} /Pg ${pageNames[page]!}>>`;
          }
          kidCount++;
        }
        const parent = element.parent ? refs.get(element.parent)! : treeRootRef;
        let dictionary = `<</S /${element.type} /P ${parent.toString()} /K ${kidCount === 1 ? kids.slice(1) : `[${kids.slice(1)}]`}`;
        if (pageOfElement !== -1) dictionary += ` /Pg ${pageNames[pageOfElement]!}`;
        if (element.language !== undefined) dictionary += ` /Lang (${element.language.replace(/[^A-Za-z0-9-]/g, '')})`;
        if (element.alternative !== undefined) dictionary += ` /Alt ${PDFHexString.fromText(element.alternative).toString()}`;
        if (element.title !== undefined) dictionary += ` /T ${PDFHexString.fromText(element.title).toString()}`;
        context.assign(ref, PDFInvalidObject.of(Buffer.from(dictionary + '>>', 'latin1')));
      }

      let nums = '';
      parentTree.forEach((entry, key) => {
        nums += Array.isArray(entry)
          ? ` ${key} [${entry.map((element) => refs.get(element)!.toString()).join(' ')}]`
          : ` ${key} ${refs.get(entry)!.toString()}`;
      });
      const parentTreeRef = context.register(PDFInvalidObject.of(Buffer.from(`<</Nums [${nums.slice(1)}]>>`, 'latin1')));
      const rootRef = refs.get(root);
      context.assign(
        treeRootRef,
        context.obj({
          Type: 'StructTreeRoot',
          ...(rootRef ? { K: rootRef } : {}),
          ParentTree: parentTreeRef,
          ParentTreeNextKey: parentTree.length,
        }),
      );
      const catalog = document.catalog;
      catalog.set(PDFName.of('StructTreeRoot'), treeRootRef);
      catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
      catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
    },
  };
}
