import type { IRBlock } from '../document/letter-ir';
import type { LetterNode } from '../document/letter-document';
import { NODE_NAMES, type SignatoryListAttrs } from '../document/nodes';
import { formatLetterDate } from '../merge/format-letter-date';
import type { MergeContext } from '../merge/merge-context';
import { resolveLetter, type MergeableLetter, type ResolvedLetter } from '../merge/resolve-letter';
import { LETTER_LANGUAGES } from '../model/page-settings';
import { formatSignatoryList, type ListedSignatory } from '../signatories/format-signatory-list';
import type { AddendumText } from './addendum-text';
import { listAttrs } from './list-attrs';

export interface AddendumContent {
  /** The date printed on the letter the recipient received (YYYY-MM-DD). */
  letterDate: string;
  added: readonly ListedSignatory[];
  /** Shown under `withdrawnText` when not empty. */
  withdrawn: readonly ListedSignatory[];
}

const ADDENDUM_FIELD = /\{\{\s*addendum\.(letterDate|count)\s*\}\}/g;

function paragraphs(text: string): LetterNode[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({
      type: NODE_NAMES.paragraph,
      content: block.split('\n').flatMap((line, index): LetterNode[] => [
        ...(index > 0 ? [{ type: NODE_NAMES.hardBreak }] : []),
        ...(line === '' ? [] : [{ type: NODE_NAMES.text, text: line }]),
      ]),
    }));
}

function findFirst(node: LetterNode, type: string): LetterNode | undefined {
  if (node.type === type) return node;
  for (const child of node.content ?? []) {
    const found = findFirst(child, type);
    if (found) return found;
  }
  return undefined;
}

/**
 * One recipient's addendum as LetterIR: the letter's page, letterhead and date line, the addendum's
 * words with their merge fields, the organizations that joined in the letter's own list format,
 * grouping and order (and those that withdrew, when given), then the letter's signature block.
 */
export function resolveAddendum(letter: MergeableLetter, words: AddendumText, context: MergeContext, content: AddendumContent): ResolvedLetter {
  const language = letter.settings.language;
  const fill = (text: string): string =>
    text.replace(ADDENDUM_FIELD, (_match, field: string) =>
      field === 'letterDate'
        ? formatLetterDate(content.letterDate, language)
        : new Intl.NumberFormat(LETTER_LANGUAGES[language].locale).format(content.added.length),
    );
  const attrs: SignatoryListAttrs = { ...listAttrs(letter.doc), statuses: ['confirmed', 'pending'] };
  const dateLine = findFirst(letter.doc, NODE_NAMES.dateLine);
  const signatureBlock = findFirst(letter.doc, NODE_NAMES.signatureBlock);
  // The addendum carries the day it is written, not the letter's fixed date.
  const head = dateLine ? [{ ...dateLine, attrs: { ...dateLine.attrs, date: null } }] : [];
  const body = paragraphs(fill(words.text));
  const withdrawnIntro = content.withdrawn.length > 0 ? paragraphs(fill(words.withdrawnText)) : [];
  const doc: LetterNode = { type: 'doc', content: [...head, ...body, ...withdrawnIntro, ...(signatureBlock ? [signatureBlock] : [])] };
  const resolved = resolveLetter({ ...letter, doc }, context);
  const list = (signatories: readonly ListedSignatory[]): IRBlock => ({
    kind: 'signatoryList',
    heading: '',
    countLine: '',
    columns: attrs.columns,
    groups: formatSignatoryList(signatories, attrs, language).filter((group) => group.entries.length > 0),
  });
  const blocks = [...resolved.ir.blocks];
  const afterBody = head.length + body.length;
  const withdrawnBlocks =
    content.withdrawn.length > 0
      ? [...blocks.slice(afterBody, afterBody + withdrawnIntro.length), list(content.withdrawn.map((signatory) => ({ ...signatory, status: 'confirmed' as const })))]
      : [];
  resolved.ir.blocks = [...blocks.slice(0, afterBody), list(content.added), ...withdrawnBlocks, ...blocks.slice(afterBody + withdrawnIntro.length)];
  return resolved;
}
