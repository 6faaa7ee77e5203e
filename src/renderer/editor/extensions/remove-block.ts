import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';

/** Removes a block as its own undo step (not merged with the edits just made to it), and gives the text the focus back. */
export function removeBlock(editor: Editor, deleteNode: () => void): void {
  editor.view.dispatch(closeHistory(editor.state.tr));
  deleteNode();
  editor.commands.focus();
}
