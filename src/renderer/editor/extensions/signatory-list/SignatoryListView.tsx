import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { removeBlock } from '../remove-block';
import { useMemo, useState } from 'react';
import { formatSignatoryCount } from '../../../../shared/merge/format-signatory-count';
import {
  SIGNATORY_FORMATS,
  SIGNATORY_SORTS,
  LETTER_SIGNATORY_STATUSES,
  signatoryListAttrsSchema,
  DEFAULT_SIGNATORY_LIST_ATTRS,
  type SignatoryListAttrs,
} from '../../../../shared/document/nodes';
import { formatSignatoryList } from '../../../../shared/signatories/format-signatory-list';
import { useReturnFocus } from '../../../features/shell/use-return-focus';
import { useLetterData } from '../../letter-data-context';
import { OptionSelect } from './OptionSelect';

const STATUS_LABELS = { confirmed: 'Confirmed', pending: 'Pending', withdrawn: 'Withdrawn' } as const;

function readAttrs(attrs: Record<string, unknown>): SignatoryListAttrs {
  const parsed = signatoryListAttrsSchema.safeParse(attrs);
  return parsed.success ? parsed.data : DEFAULT_SIGNATORY_LIST_ATTRS;
}

/** The signatory list as it will be written, from the campaign's signatories, with its settings popover. */
export function SignatoryListView({ node, updateAttributes, deleteNode, editor, selected }: ReactNodeViewProps) {
  const attrs = readAttrs(node.attrs);
  const { signatories, language } = useLetterData();
  const [open, setOpen] = useState(false);
  useReturnFocus(open);
  const editable = editor.isEditable;

  const groups = useMemo(() => {
    if (!signatories) return [];
    const listed = signatories
      .filter((signatory) => (attrs.statuses as readonly string[]).includes(signatory.status))
      .map((signatory) => ({
        name: signatory.name,
        country: signatory.country,
        countryCode: signatory.countryCode,
        status: signatory.status,
        position: signatory.position,
      }));
    return formatSignatoryList(listed, attrs, language);
  }, [signatories, attrs, language]);
  const count = groups.reduce((total, group) => total + group.entries.length, 0);

  const update = (change: Partial<SignatoryListAttrs>) => updateAttributes(change);

  return (
    <NodeViewWrapper className={`signatory-list-block${selected ? ' selected' : ''}`} data-signatory-list="">
      {editable && (
        <div className="block-tools" contentEditable={false}>
          <span className="block-tag">Signatory list</span>
          <button type="button" className="block-tool-button" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
            List settings
          </button>
          <button
            type="button"
            className="block-tool-button"
            onClick={() => removeBlock(editor, deleteNode)}
            title="Remove the signatory list from the letter (Ctrl+Z brings it back)"
          >
            Remove
          </button>
        </div>
      )}
      {open && editable && (
        <div className="block-popover" contentEditable={false} role="dialog" aria-label="Signatory list settings">
          <fieldset>
            <legend>Include</legend>
            {LETTER_SIGNATORY_STATUSES.map((status) => (
              <label key={status} className="inline-choice">
                <input
                  type="checkbox"
                  checked={attrs.statuses.includes(status)}
                  onChange={(event) => {
                    const statuses = event.target.checked ? [...attrs.statuses, status] : attrs.statuses.filter((each) => each !== status);
                    if (statuses.length > 0) update({ statuses });
                  }}
                />
                {STATUS_LABELS[status]}
              </label>
            ))}
          </fieldset>
          <OptionSelect label="Format" value={attrs.format} options={SIGNATORY_FORMATS} onChange={(format) => update({ format })} />
          <OptionSelect label="Order" value={attrs.sort} options={SIGNATORY_SORTS} onChange={(sort) => update({ sort })} />
          <label>
            Columns
            <select
              value={attrs.columns}
              onChange={(event) => update({ columns: Number(event.target.value) as SignatoryListAttrs['columns'] })}
            >
              <option value={1}>1</option>
              <option value={2}>2</option>
              <option value={3}>3</option>
            </select>
          </label>
          <label>
            Heading
            <input
              value={attrs.heading}
              maxLength={200}
              placeholder="No heading"
              onChange={(event) => update({ heading: event.target.value })}
            />
          </label>
          <label className="inline-choice">
            <input type="checkbox" checked={attrs.showCount} onChange={(event) => update({ showCount: event.target.checked })} />
            Show the number of signatories
          </label>
          <button type="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      )}
      {attrs.heading.trim() !== '' && <div className="signatory-list-heading">{attrs.heading}</div>}
      {signatories === null ? (
        <p className="signatory-list-note">Reading the campaign’s signatories…</p>
      ) : count === 0 ? (
        <p className="signatory-list-note">
          No {attrs.statuses.map((status) => STATUS_LABELS[status].toLowerCase()).join(' or ')} signatories yet. Import them on the
          Signatories screen; they appear here as {SIGNATORY_FORMATS[attrs.format].label}, {SIGNATORY_SORTS[attrs.sort].label.toLowerCase()}
          , in {attrs.columns} column{attrs.columns === 1 ? '' : 's'}.
        </p>
      ) : (
        <div
          className={attrs.columns > 1 ? 'signatory-list-entries multi-column' : 'signatory-list-entries'}
          style={{ columnCount: attrs.columns }}
        >
          {groups.map((group, index) => (
            <div
              key={`${group.title}-${index}`}
              className={attrs.format.startsWith('grouped-by-') ? 'signatory-list-group grouped' : 'signatory-list-group'}
            >
              {attrs.format.startsWith('grouped-by-') && <div className="signatory-list-group-title">{group.title || '—'}</div>}
              {group.entries.map((entry, entryIndex) => (
                <div key={entryIndex} className="signatory-list-entry">
                  {entry}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
      {attrs.showCount && <p className="signatory-list-count">{formatSignatoryCount(count, language)}</p>}
    </NodeViewWrapper>
  );
}
