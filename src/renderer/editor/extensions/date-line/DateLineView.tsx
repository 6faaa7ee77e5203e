import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useState } from 'react';
import { formatDateLine } from '../../../../shared/merge/format-date-line';
import { useReturnFocus } from '../../../features/shell/use-return-focus';
import { useLetterData } from '../../letter-data-context';

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The place and date line as written, with the place and date edited in a small popover. */
export function DateLineView({ node, updateAttributes, editor, selected }: ReactNodeViewProps) {
  const { language } = useLetterData();
  const [open, setOpen] = useState(false);
  useReturnFocus(open);
  const place = String(node.attrs.place ?? '');
  const date = (node.attrs.date as string | null) ?? null;
  const textAlign = (node.attrs.textAlign as string | null) ?? 'left';
  const editable = editor.isEditable;

  return (
    <NodeViewWrapper className={`date-line${selected ? ' selected' : ''}`} style={{ textAlign }} data-date-line="">
      <span
        className="date-line-text"
        title={date ? 'Place and date line' : 'Place and date line: dated on the day the letters are exported'}
        onClick={() => editable && setOpen(true)}
      >
        {formatDateLine(place, date ?? today(), language)}
      </span>
      {editable && !open && (
        <button type="button" className="block-tool-button date-line-edit" contentEditable={false} onClick={() => setOpen(true)}>
          Edit place and date
        </button>
      )}
      {open && editable && (
        <div className="block-popover" contentEditable={false} role="dialog" aria-label="Place and date">
          <label>
            Place
            <input
              value={place}
              maxLength={200}
              placeholder="e.g. Geneva"
              onChange={(event) => updateAttributes({ place: event.target.value })}
            />
          </label>
          <label className="inline-choice">
            <input
              type="checkbox"
              checked={date === null}
              onChange={(event) => updateAttributes({ date: event.target.checked ? null : today() })}
            />
            The day the letters are exported
          </label>
          {date !== null && (
            <label>
              Date
              <input type="date" value={date} onChange={(event) => event.target.value && updateAttributes({ date: event.target.value })} />
            </label>
          )}
          <button type="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      )}
    </NodeViewWrapper>
  );
}
