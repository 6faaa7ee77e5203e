import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useCallback, useRef, useState } from 'react';
import { mergeFieldLabel } from '../../../../shared/merge/merge-field-label';
import { DATE_FORMATS } from '../../../../shared/merge/merge-fields';
import { useLetterData } from '../../letter-data-context';
import { composeMergeField, readMergeField } from './compose-merge-field';
import { extraFieldChoices, FIELD_CHOICES } from './field-choices';
import { isFieldProvided } from './field-provided';
import { useDismiss } from '../../use-dismiss';
import { useReturnFocus } from '../../../features/shell/use-return-focus';

/** A merge field in the letter: a chip with the field's readable name, never raw braces; a click opens its settings. */
export function MergeFieldChip({ node, selected, editor, updateAttributes }: ReactNodeViewProps) {
  const { recipients } = useLetterData();
  const [open, setOpen] = useState(false);
  const field = String(node.attrs.field ?? '');
  const provided = isFieldProvided(field, recipients);
  const label = mergeFieldLabel(field);
  const parts = readMergeField(field);
  const choices = [...FIELD_CHOICES, ...extraFieldChoices(recipients)];
  if (!choices.some((choice) => choice.field === parts.path)) choices.push({ field: parts.path, label, example: '' });
  const update = (change: Partial<typeof parts>) => updateAttributes({ field: composeMergeField({ ...parts, ...change }) });
  const editable = editor.isEditable;
  const popover = useRef<HTMLSpanElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, useCallback(() => popover.current?.parentElement, []));
  useReturnFocus(open);

  return (
    <NodeViewWrapper
      as="span"
      className={`merge-field-chip${provided ? '' : ' merge-field-missing'}${selected ? ' selected' : ''}`}
      data-merge-field={field}
      title={`${label}: {{${field}}}${provided ? '' : '\nNo recipient list fills this field yet; it would be left blank.'}${editable ? '\nClick to change it.' : ''}`}
      onClick={() => editable && setOpen(true)}
    >
      {label}
      {parts.fallback && <span className="merge-field-fallback"> or “{parts.fallback}”</span>}
      {open && editable && (
        <span
          ref={popover}
          className="field-popover"
          contentEditable={false}
          role="dialog"
          aria-label="Merge field"
          onClick={(event) => event.stopPropagation()}
        >
          <label>
            Field
            <select
              value={parts.path}
              onChange={(event) => update({ path: event.target.value, dateFormat: event.target.value === 'date' ? parts.dateFormat : '' })}
            >
              {choices.map((choice) => (
                <option key={choice.field} value={choice.field}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
          {parts.path === 'date' ? (
            <label>
              Written as
              <select value={parts.dateFormat} onChange={(event) => update({ dateFormat: event.target.value })}>
                <option value="">Letter’s usual form</option>
                {Object.entries(DATE_FORMATS).map(([value, format]) => (
                  <option key={value} value={value}>
                    {format.label}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label>
              When a recipient has none, write
              <input
                value={parts.fallback}
                maxLength={200}
                placeholder="Nothing"
                onChange={(event) => update({ fallback: event.target.value })}
              />
            </label>
          )}
          <label className="inline-choice">
            <input type="checkbox" checked={parts.upperCase} onChange={(event) => update({ upperCase: event.target.checked })} />
            UPPER CASE
          </label>
          <button
            type="button"
            onClick={(event) => {
              event.stopPropagation();
              setOpen(false);
            }}
          >
            Done
          </button>
        </span>
      )}
    </NodeViewWrapper>
  );
}
