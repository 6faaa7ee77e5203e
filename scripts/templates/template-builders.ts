import type { LetterNode } from '../../src/shared/document/letter-document';
import {
  DEFAULT_SIGNATORY_LIST_ATTRS,
  type DateLineAttrs,
  type SignatoryListAttrs,
  type Signer,
  type TextAlignment,
} from '../../src/shared/document/nodes';

function withMark(nodes: LetterNode[], mark: string): LetterNode[] {
  return nodes.map((node) => (node.type === 'text' ? { ...node, marks: [...(node.marks ?? []), { type: mark }] } : node));
}

/**
 * Inline text with a small markup: `{{recipient.title}}` is a merge field, `**bold**`, `*italic*`.
 * Templates store fields as nodes, never as braces in the text.
 */
export function inline(source: string): LetterNode[] {
  const nodes: LetterNode[] = [];
  for (const part of source.split(/(\{\{[^}]+\}\}|\*\*[^*]+\*\*|\*[^*]+\*)/)) {
    if (part === '') continue;
    if (part.startsWith('{{')) nodes.push({ type: 'mergeField', attrs: { field: part.slice(2, -2).trim() } });
    else if (part.startsWith('**')) nodes.push(...withMark(inline(part.slice(2, -2)), 'bold'));
    else if (part.startsWith('*') && part.length > 2) nodes.push(...withMark(inline(part.slice(1, -1)), 'italic'));
    else nodes.push({ type: 'text', text: part });
  }
  return nodes;
}

/** A paragraph; each line of `lines` after the first follows a hard line break. */
export function paragraph(textAlign: TextAlignment, ...lines: string[]): LetterNode {
  const content: LetterNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    content.push(...inline(line));
  });
  return { type: 'paragraph', attrs: { textAlign }, content };
}

export function heading(level: 1 | 2, text: string, textAlign: TextAlignment = 'left'): LetterNode {
  return { type: 'heading', attrs: { level, textAlign }, content: inline(text) };
}

export type ListEntry = string | { text: string; bullets: string[] };

function listItem(entry: ListEntry, textAlign: TextAlignment): LetterNode {
  if (typeof entry === 'string') return { type: 'listItem', content: [paragraph(textAlign, entry)] };
  return { type: 'listItem', content: [paragraph(textAlign, entry.text), bulletList(textAlign, ...entry.bullets)] };
}

export function bulletList(textAlign: TextAlignment, ...entries: ListEntry[]): LetterNode {
  return { type: 'bulletList', content: entries.map((entry) => listItem(entry, textAlign)) };
}

export function orderedList(textAlign: TextAlignment, ...entries: ListEntry[]): LetterNode {
  return { type: 'orderedList', attrs: { start: 1, type: null }, content: entries.map((entry) => listItem(entry, textAlign)) };
}

export function dateLine(attrs: DateLineAttrs): LetterNode {
  return { type: 'dateLine', attrs: { ...attrs } };
}

export function signatoryList(attrs: Partial<SignatoryListAttrs>): LetterNode {
  return { type: 'signatoryList', attrs: { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...attrs } };
}

export function signatureBlock(...signers: Signer[]): LetterNode {
  return { type: 'signatureBlock', attrs: { signers } };
}

export function doc(...content: LetterNode[]): LetterNode {
  return { type: 'doc', content };
}
