import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { mergeFieldLabel } from '../../../shared/merge/merge-field-label';
import { useLetterData } from '../letter-data-context';
import { isFieldProvided } from './field-provided';

/** A merge field in the letter: a chip with the field's readable name, never raw braces. */
export function MergeFieldChip({ node, selected }: ReactNodeViewProps) {
  const { recipients } = useLetterData();
  const field = String(node.attrs.field ?? '');
  const provided = isFieldProvided(field, recipients);
  const label = mergeFieldLabel(field);
  const filters = field.includes('|') ? field.slice(field.indexOf('|') + 1).trim() : '';
  return (
    <NodeViewWrapper
      as="span"
      className={`merge-field-chip${provided ? '' : ' merge-field-missing'}${selected ? ' selected' : ''}`}
      data-merge-field={field}
      title={`${label}: {{${field}}}${provided ? '' : '\nNo recipient list fills this field yet; it would be left blank.'}${filters ? `\nFilters: ${filters}` : ''}`}
    >
      {label}
    </NodeViewWrapper>
  );
}
