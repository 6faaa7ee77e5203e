import { Node } from '@tiptap/core';
import { NODE_NAMES } from '../../../../shared/document/nodes';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** Starts a new page after the cursor's block (Ctrl/Cmd+Enter). */
      insertPageBreak: () => ReturnType;
    };
  }
}

/** A hard page break: what follows starts on a new page in both exports. */
export const PageBreak = Node.create({
  name: NODE_NAMES.pageBreak,
  group: 'block',
  atom: true,
  selectable: true,

  parseHTML() {
    return [{ tag: 'div[data-page-break]' }, { tag: 'br[style*="page-break-before"]' }];
  },

  renderHTML() {
    return ['div', { 'data-page-break': '', class: 'page-break', contenteditable: 'false' }];
  },

  addCommands() {
    return {
      insertPageBreak:
        () =>
        ({ chain }) =>
          chain()
            .insertContent([{ type: this.name }, { type: 'paragraph' }])
            .run(),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Enter': () => this.editor.commands.insertPageBreak() };
  },
});
