import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, TextSelection } from '@tiptap/pm/state';

/**
 * Typing while a block such as the signature block is selected starts a new paragraph after it,
 * instead of replacing the block with the typed letter (ProseMirror's default for a selected node).
 */
export const BlockTypingGuard = Extension.create({
  name: 'blockTypingGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          handleTextInput(view, _from, _to, text) {
            const { selection, schema } = view.state;
            if (!(selection instanceof NodeSelection) || !selection.node.isBlock) return false;
            const position = selection.to;
            const next = view.state.doc.resolve(position).nodeAfter;
            const transaction =
              next && next.type === schema.nodes.paragraph && next.content.size === 0
                ? view.state.tr.insertText(text, position + 1)
                : view.state.tr.insert(position, schema.nodes.paragraph!.create(null, schema.text(text)));
            transaction.setSelection(TextSelection.create(transaction.doc, position + 1 + text.length));
            view.dispatch(transaction.scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
