import mammoth from 'mammoth';
import { isSafeHref } from '../../../shared/document/is-safe-href';
import type { LetterMark, LetterNode } from '../../../shared/document/letter-document';
import { UserError } from '../../../shared/model/user-error';
import { inflateArchive, type ArchiveLimits } from '../zip';
import { parseSimpleHtml, type HtmlChild, type HtmlElement } from './parse-simple-html';

export interface ImportedDocx {
  doc: LetterNode;
  /** What could not be kept, one sentence each, for the message shown after the import. */
  notKept: string[];
}

/** A Word letter is text and a few images: 100 MiB inflated is far beyond any, a 1 MB zip bomb far beyond that. */
const DOCX_ARCHIVE_LIMITS: ArchiveLimits = { maxInflatedBytes: 100 * 1024 * 1024, maxCompressionRatio: 200, maxEntries: 5_000 };

const MARK_BY_TAG: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline' };

interface Tally {
  /** Links dropped because they were not web or e-mail addresses (javascript:, file:, ...): their text is kept. */
  unsafeLinks: string[];
  tables: number;
  images: number;
  deepHeadings: number;
  struck: number;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function inlineNodes(children: HtmlChild[], marks: LetterMark[], tally: Tally): LetterNode[] {
  const nodes: LetterNode[] = [];
  for (const child of children) {
    if (typeof child === 'string') {
      if (child !== '') nodes.push(marks.length > 0 ? { type: 'text', text: child, marks } : { type: 'text', text: child });
      continue;
    }
    if (child.tag === 'br') nodes.push({ type: 'hardBreak' });
    else if (child.tag === 'img') tally.images += 1;
    else if (MARK_BY_TAG[child.tag])
      nodes.push(
        ...inlineNodes(
          child.children,
          [...marks.filter((mark) => mark.type !== MARK_BY_TAG[child.tag]), { type: MARK_BY_TAG[child.tag]! }],
          tally,
        ),
      );
    else if (child.tag === 'a' && child.attributes.href && !child.attributes.href.startsWith('#') && !isSafeHref(child.attributes.href)) {
      tally.unsafeLinks.push(child.attributes.href);
      nodes.push(...inlineNodes(child.children, marks, tally));
    } else if (child.tag === 'a' && child.attributes.href && !child.attributes.href.startsWith('#'))
      nodes.push(
        ...inlineNodes(
          child.children,
          [...marks.filter((mark) => mark.type !== 'link'), { type: 'link', attrs: { href: child.attributes.href } }],
          tally,
        ),
      );
    else {
      if (child.tag === 's' || child.tag === 'del') tally.struck += 1;
      nodes.push(...inlineNodes(child.children, marks, tally));
    }
  }
  return mergeAdjacentText(nodes);
}

function sameMarks(first: LetterMark[] | undefined, second: LetterMark[] | undefined): boolean {
  return JSON.stringify(first ?? []) === JSON.stringify(second ?? []);
}

function mergeAdjacentText(nodes: LetterNode[]): LetterNode[] {
  const merged: LetterNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (previous && previous.type === 'text' && node.type === 'text' && sameMarks(previous.marks, node.marks))
      previous.text = `${previous.text ?? ''}${node.text ?? ''}`;
    else merged.push(node.type === 'text' ? { ...node } : node);
  }
  return merged;
}

function paragraph(content: LetterNode[]): LetterNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function isBlockTag(tag: string): boolean {
  return ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'table', 'li'].includes(tag);
}

function listNode(element: HtmlElement, tally: Tally): LetterNode {
  const items = element.children
    .filter((child): child is HtmlElement => typeof child !== 'string' && child.tag === 'li')
    .map((item): LetterNode => {
      const content: LetterNode[] = [];
      let inline: HtmlChild[] = [];
      const flush = () => {
        const nodes = inlineNodes(inline, [], tally);
        if (nodes.length > 0) content.push(paragraph(nodes));
        inline = [];
      };
      for (const child of item.children) {
        if (typeof child !== 'string' && isBlockTag(child.tag)) {
          flush();
          content.push(...blockNodes([child], tally));
        } else inline.push(child);
      }
      flush();
      if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
      return { type: 'listItem', content };
    });
  return element.tag === 'ol' ? { type: 'orderedList', attrs: { start: 1 }, content: items } : { type: 'bulletList', content: items };
}

function blockNodes(children: HtmlChild[], tally: Tally): LetterNode[] {
  const blocks: LetterNode[] = [];
  for (const child of children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') blocks.push(paragraph([{ type: 'text', text: child }]));
      continue;
    }
    const headingLevel = /^h([1-6])$/.exec(child.tag)?.[1];
    if (child.tag === 'p') blocks.push(paragraph(inlineNodes(child.children, [], tally)));
    else if (headingLevel) {
      const level = Number(headingLevel);
      if (level > 2) tally.deepHeadings += 1;
      blocks.push({ type: 'heading', attrs: { level: Math.min(level, 2) }, content: inlineNodes(child.children, [], tally) });
    } else if (child.tag === 'ul' || child.tag === 'ol') {
      if (child.children.some((item) => typeof item !== 'string' && item.tag === 'li')) blocks.push(listNode(child, tally));
    } else if (child.tag === 'blockquote') blocks.push({ type: 'blockquote', content: blockNodes(child.children, tally) });
    else if (child.tag === 'table') {
      tally.tables += 1;
      blocks.push(...tableAsParagraphs(child, tally));
    } else if (child.tag === 'img') tally.images += 1;
    else blocks.push(...blockNodes(child.children, tally));
  }
  return blocks.filter((block) => block.type !== 'blockquote' || (block.content?.length ?? 0) > 0);
}

/** A table's cells become paragraphs, row after row, so its words are not lost. */
function tableAsParagraphs(table: HtmlElement, tally: Tally): LetterNode[] {
  const cells: HtmlElement[] = [];
  const collect = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'td' || child.tag === 'th') cells.push(child);
      else collect(child);
    }
  };
  collect(table);
  return cells
    .flatMap((cell) => {
      const hasBlocks = cell.children.some((child) => typeof child !== 'string' && isBlockTag(child.tag));
      return hasBlocks ? blockNodes(cell.children, tally) : [paragraph(inlineNodes(cell.children, [], tally))];
    })
    .filter((block) => block.type !== 'paragraph' || (block.content?.length ?? 0) > 0);
}

function countComments(files: ReadonlyMap<string, Uint8Array>): number {
  const comments = files.get('word/comments.xml');
  if (!comments) return 0;
  return (Buffer.from(comments).toString('utf8').match(/<w:comment\b/g) ?? []).length;
}

/**
 * Reads a Word file as a letter: headings, paragraphs, lists, bold, italic, underline and links are kept.
 * Tables become plain paragraphs; images, comments and Word's own styling are dropped and listed in `notKept`.
 */
export async function importDocx(bytes: Buffer, fileName: string): Promise<ImportedDocx> {
  let html: string;
  let warnings: string[];
  // Inflated once, within the byte budget; mammoth reads only the stored copy of what was counted.
  const archive = inflateArchive(bytes, fileName, 'Word document (.docx)', DOCX_ARCHIVE_LIMITS);
  const comments = countComments(archive.files);
  try {
    const stored = archive.storedZip();
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) },
      {
        styleMap: [
          'u => u',
          'b => strong',
          'i => em',
          'strike => s',
          "p[style-name='Quote'] => blockquote > p:fresh",
          "p[style-name='Intense Quote'] => blockquote > p:fresh",
        ],
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
    warnings = result.messages.map((message) => message.message);
  } catch (error) {
    throw new UserError(`"${fileName}" could not be read as a Word document (.docx): ${(error as Error).message}`, {
      code: 'bad-docx',
      cause: error,
    });
  }
  const tally: Tally = { unsafeLinks: [], tables: 0, images: 0, deepHeadings: 0, struck: 0 };
  const content = blockNodes(parseSimpleHtml(html).children, tally);
  const notKept: string[] = [];
  if (tally.unsafeLinks.length > 0)
    notKept.push(
      `${plural(tally.unsafeLinks.length, 'link that was not a web or e-mail address was', 'links that were not web or e-mail addresses were')} removed, their text kept: ${[...new Set(tally.unsafeLinks)].map((href) => `“${href.length > 80 ? `${href.slice(0, 80)}…` : href}”`).join(', ')}.`,
    );
  if (tally.tables > 0)
    notKept.push(`${plural(tally.tables, 'table', 'tables')}: the text of each cell was kept as a paragraph, without the table.`);
  if (tally.images > 0) notKept.push(`${plural(tally.images, 'image', 'images')}: add a logo in the page settings' letterhead instead.`);
  if (comments > 0) notKept.push(`${plural(comments, 'comment', 'comments')}.`);
  if (tally.deepHeadings > 0)
    notKept.push(
      `${plural(tally.deepHeadings, 'heading below level 2 became a level 2 heading', 'headings below level 2 became level 2 headings')}.`,
    );
  if (tally.struck > 0) notKept.push(`Strikethrough on ${plural(tally.struck, 'passage', 'passages')}: the text was kept without it.`);
  const unknownStyles = [
    ...new Set(
      warnings
        .map((warning) => /Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(warning)?.[1])
        .filter((style): style is string => Boolean(style)),
    ),
  ];
  if (unknownStyles.length > 0)
    notKept.push(`Word styles ${unknownStyles.map((style) => `“${style}”`).join(', ')}: their text was kept as plain paragraphs.`);
  return { doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }, notKept };
}
