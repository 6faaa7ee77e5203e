import { EXTRA_FIELD_PREFIX, isMergeFieldPath, MERGE_FIELDS } from './merge-fields';
import { parseMergeField } from './parse-merge-field';

/** The readable name of a field, for chips and reports: `recipient.title | upper` -> "Recipient title". */
export function mergeFieldLabel(field: string): string {
  const { path } = parseMergeField(field);
  if (isMergeFieldPath(path)) return MERGE_FIELDS[path].label;
  if (path.startsWith(EXTRA_FIELD_PREFIX) && path.length > EXTRA_FIELD_PREFIX.length)
    return `Recipient ${path.slice(EXTRA_FIELD_PREFIX.length)}`;
  return path === '' ? 'Empty field' : `Unknown field ${path}`;
}
