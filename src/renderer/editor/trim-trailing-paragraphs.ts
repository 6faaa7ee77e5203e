import type { LetterNode } from '../../shared/document/letter-document';

/**
 * The letter without empty paragraphs at its end: the editor keeps one after a final block (so the cursor
 * can get past a signature block), and it must not reach the exports as a blank line or a blank page.
 */
export function trimTrailingParagraphs(doc: LetterNode): LetterNode {
  const content = [...(doc.content ?? [])];
  while (content.length > 1) {
    const last = content[content.length - 1]!;
    if (last.type !== 'paragraph' || (last.content?.length ?? 0) > 0) break;
    content.pop();
  }
  return { ...doc, content };
}
