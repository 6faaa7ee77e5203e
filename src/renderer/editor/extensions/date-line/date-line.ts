import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { DEFAULT_DATE_LINE_ATTRS, NODE_NAMES } from '../../../../shared/document/nodes';
import { DateLineView } from './DateLineView';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    dateLine: {
      /** Inserts a place and date line dated on the day of export. */
      insertDateLine: () => ReturnType;
    };
  }
}

/** "New York, 28 April 2020" (attrs in shared/document/nodes.ts); the date is written in the letter's language. */
export const DateLine = Node.create({
  name: NODE_NAMES.dateLine,
  group: 'block',
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      place: {
        default: DEFAULT_DATE_LINE_ATTRS.place,
        parseHTML: (element) => element.getAttribute('data-place') ?? '',
        renderHTML: (attributes) => ({ 'data-place': attributes.place as string }),
      },
      date: {
        default: DEFAULT_DATE_LINE_ATTRS.date,
        parseHTML: (element) => element.getAttribute('data-date') || null,
        renderHTML: (attributes) => (attributes.date ? { 'data-date': attributes.date as string } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-date-line]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, 'data-date-line': '' }];
  },

  addNodeView() {
    return ReactNodeViewRenderer(DateLineView);
  },

  addCommands() {
    return {
      insertDateLine:
        () =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs: { ...DEFAULT_DATE_LINE_ATTRS } })
            .run(),
    };
  },
});
