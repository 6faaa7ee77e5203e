import { Extension, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { ReactRenderer } from '@tiptap/react';
import { Suggestion } from '@tiptap/suggestion';
import { NODE_NAMES } from '../../../../shared/document/nodes';
import { FIELD_CHOICES, matchFieldChoices, type FieldChoice } from './field-choices';
import { FieldSuggestionList, type FieldSuggestionListHandle, type FieldSuggestionListProps } from './FieldSuggestionList';

const fieldSuggestionKey = new PluginKey('mergeFieldSuggestion');

/** Typing `{{` opens the list of fields; choosing one replaces the braces and the typed words with a chip. */
export interface MergeFieldSuggestionStorage {
  /** The fields offered: the built-in ones, and the columns imported with the recipients once they are known. */
  choices: FieldChoice[];
}

declare module '@tiptap/core' {
  interface Storage {
    mergeFieldSuggestion: MergeFieldSuggestionStorage;
  }
}

export const MergeFieldSuggestion = Extension.create<Record<string, never>, MergeFieldSuggestionStorage>({
  name: 'mergeFieldSuggestion',

  addStorage() {
    return { choices: FIELD_CHOICES };
  },

  addProseMirrorPlugins() {
    return [
      Suggestion<FieldChoice>({
        editor: this.editor,
        pluginKey: fieldSuggestionKey,
        char: '{{',
        allowedPrefixes: null,
        items: ({ query }) => matchFieldChoices(query.replace(/}+$/, ''), this.storage.choices),
        command: ({ editor, range, props }) => {
          editor
            .chain()
            .focus()
            .insertContentAt(range, [{ type: NODE_NAMES.mergeField, attrs: { field: props.field } }])
            .run();
        },
        render: () => {
          let component: ReactRenderer<FieldSuggestionListHandle, FieldSuggestionListProps> | null = null;
          let unmount: (() => void) | null = null;
          return {
            onStart(props) {
              component = new ReactRenderer(FieldSuggestionList, {
                props: { items: props.items, command: props.command },
                editor: props.editor,
              });
              unmount = props.mount(component.element as HTMLElement);
            },
            onUpdate(props) {
              component?.updateProps({ items: props.items, command: props.command });
            },
            onKeyDown({ event }) {
              if (event.key === 'Escape') return false;
              return component?.ref?.onKeyDown(event) ?? false;
            },
            onExit() {
              unmount?.();
              component?.destroy();
              component = null;
              unmount = null;
            },
          };
        },
      }),
    ];
  },
});

/** Offers these fields under `{{` from now on (the built-in ones and the recipients' imported columns). */
export function setFieldChoices(editor: Editor, choices: FieldChoice[]): void {
  editor.storage.mergeFieldSuggestion.choices = choices;
}
