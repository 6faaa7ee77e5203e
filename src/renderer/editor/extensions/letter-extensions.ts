import { Extension, type AnyExtension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import Placeholder from '@tiptap/extension-placeholder';
import TextAlign from '@tiptap/extension-text-align';
import StarterKit from '@tiptap/starter-kit';
import { NODE_NAMES, TEXT_ALIGNMENTS } from '../../../shared/document/nodes';
import { BlockTypingGuard } from './block-typing-guard';
import { DateLine } from './date-line/date-line';
import { MergeField } from './merge-field/merge-field';
import { MergeFieldSuggestion } from './merge-field/merge-field-suggestion';
import { PageBreak } from './page-break/page-break';
import { cleanPastedHtml } from './paste/clean-pasted-html';
import { SignatoryList } from './signatory-list/signatory-list';
import { SignatureBlock } from './signature-block/signature-block';

/** Word and Google Docs paste: keep the structure, drop their styling. */
const PasteCleaner = Extension.create({
  name: 'pasteCleaner',
  addProseMirrorPlugins() {
    return [new Plugin({ props: { transformPastedHTML: (html) => cleanPastedHtml(html) } })];
  },
});

/**
 * The editor's schema: StarterKit limited to the nodes and marks of shared/document/nodes.ts, and the letter's own nodes.
 * Everything the editor can make, the merge and both exporters can write.
 */
export function letterExtensions(options: { placeholder?: string } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2] },
      code: false,
      codeBlock: false,
      strike: false,
      horizontalRule: false,
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https', HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
    }),
    TextAlign.configure({ types: [NODE_NAMES.heading, NODE_NAMES.paragraph, NODE_NAMES.dateLine], alignments: [...TEXT_ALIGNMENTS] }),
    Placeholder.configure({ placeholder: options.placeholder ?? 'Write the letter here. Type {{ to insert a merge field.' }),
    MergeField,
    MergeFieldSuggestion,
    SignatoryList,
    SignatureBlock,
    DateLine,
    PageBreak,
    PasteCleaner,
    BlockTypingGuard,
  ];
}
