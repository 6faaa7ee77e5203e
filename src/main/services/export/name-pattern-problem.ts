import { EXTRA_FIELD_PREFIX, isMergeFieldPath } from '../../../shared/merge/merge-fields';
import { FIELD_IN_PATTERN } from '../../../shared/merge/field-in-pattern';
import { parseMergeField } from '../../../shared/merge/parse-merge-field';

/** A file-name pattern naming a field that does not exist (a typo) is refused rather than silently dropped. */
export function namePatternProblem(pattern: string): string | null {
  for (const match of pattern.matchAll(FIELD_IN_PATTERN)) {
    const parsed = parseMergeField(match[1]!);
    if (!parsed.ok) return `The file-name pattern "${pattern}": ${parsed.message}.`;
    if (!isMergeFieldPath(parsed.path) && !parsed.path.startsWith(EXTRA_FIELD_PREFIX)) {
      return `The file-name pattern "${pattern}" names "${parsed.path}", which is not a field (e.g. {recipient.organization}, {recipient.name}, {date}).`;
    }
  }
  return null;
}
