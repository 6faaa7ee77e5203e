import { mergeAttributes, Node, nodeInputRule, nodePasteRule } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { mergeFieldLabel } from '../../../../shared/merge/merge-field-label';
import { NODE_NAMES } from '../../../../shared/document/nodes';
import { MergeFieldChip } from './MergeFieldChip';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    mergeField: {
      /** Inserts a merge field chip at the cursor: `insertMergeField("recipient.title")`. */
      insertMergeField: (field: string) => ReturnType;
    };
  }
}

/** The merge field node (attrs in shared/document/nodes.ts): an inline atom the merge replaces per recipient. */
export const MergeField = Node.create({
  name: NODE_NAMES.mergeField,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      field: {
        default: 'recipient.name',
        parseHTML: (element) => element.getAttribute('data-merge-field'),
        renderHTML: (attributes) => ({ 'data-merge-field': attributes.field as string }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-merge-field]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'merge-field-chip' }), mergeFieldLabel(String(node.attrs.field))];
  },

  renderText({ node }) {
    return mergeFieldLabel(String(node.attrs.field));
  },

  addNodeView() {
    return ReactNodeViewRenderer(MergeFieldChip, { as: 'span' });
  },

  /** `{{recipient.title}}` typed or pasted in full becomes a chip too. */
  addInputRules() {
    return [nodeInputRule({ find: /\{\{\s*([^{}]+?)\s*\}\}$/, type: this.type, getAttributes: (match) => ({ field: match[1] }) })];
  },

  addPasteRules() {
    return [nodePasteRule({ find: /\{\{\s*([^{}]+?)\s*\}\}/g, type: this.type, getAttributes: (match) => ({ field: match[1] }) })];
  },

  addCommands() {
    return {
      insertMergeField:
        (field) =>
        ({ chain }) =>
          chain().insertContent({ type: this.name, attrs: { field } }).run(),
    };
  },
});
