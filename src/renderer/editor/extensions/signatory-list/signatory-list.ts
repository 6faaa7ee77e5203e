import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, type SignatoryListAttrs } from '../../../../shared/document/nodes';
import { jsonDataAttribute } from '../block-attribute';
import { SignatoryListView } from './SignatoryListView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    signatoryList: {
      /** Inserts the campaign's signatory list, with the given settings or the defaults. */
      insertSignatoryList: (attrs?: Partial<SignatoryListAttrs>) => ReturnType;
    };
  }
}

const ATTRIBUTE_NAMES = Object.keys(DEFAULT_SIGNATORY_LIST_ATTRS) as (keyof SignatoryListAttrs)[];

/** The signatory list block (attrs in shared/document/nodes.ts): filled with the campaign's signatories when written. */
export const SignatoryList = Node.create({
  name: NODE_NAMES.signatoryList,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return Object.fromEntries(ATTRIBUTE_NAMES.map((name) => [name, jsonDataAttribute(name, DEFAULT_SIGNATORY_LIST_ATTRS[name])]));
  },

  parseHTML() {
    return [{ tag: 'div[data-signatory-list]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-signatory-list': '' }, 'Signatory list'];
  },

  renderText() {
    return '';
  },

  addNodeView() {
    return ReactNodeViewRenderer(SignatoryListView);
  },

  addCommands() {
    return {
      insertSignatoryList:
        (attrs = {}) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs: { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...attrs } })
            .run(),
    };
  },
});
