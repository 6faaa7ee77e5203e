import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { EMPTY_SIGNER, NODE_NAMES, type Signer } from '../../../../shared/document/nodes';
import { jsonDataAttribute } from '../block-attribute';
import { SignatureBlockView } from './SignatureBlockView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    signatureBlock: {
      /** Inserts a signature block with one empty signer. */
      insertSignatureBlock: () => ReturnType;
    };
  }
}

/** One to four signers side by side (attrs in shared/document/nodes.ts), kept together on one page when written. */
export const SignatureBlock = Node.create({
  name: NODE_NAMES.signatureBlock,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return { signers: jsonDataAttribute<Signer[]>('signers', [EMPTY_SIGNER]) };
  },

  parseHTML() {
    return [{ tag: 'div[data-signature-block]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-signature-block': '' }];
  },

  renderText({ node }) {
    return (node.attrs.signers as Signer[])
      .map((signer) => [signer.name, signer.title, signer.organization].filter(Boolean).join(' '))
      .join(' ');
  },

  addNodeView() {
    return ReactNodeViewRenderer(SignatureBlockView);
  },

  addCommands() {
    return {
      insertSignatureBlock:
        () =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs: { signers: [EMPTY_SIGNER] } })
            .run(),
    };
  },
});
