import { evaluateMergeField, type MergeEnvironment } from '../merge/evaluate-merge-field';
import { FIELD_IN_PATTERN } from '../merge/field-in-pattern';
import type { MergeContext } from '../merge/merge-context';

const LETTER_TITLE = /^\s*letter\.title\s*$/;

/**
 * Fills an e-mail subject or body pattern: the letter's merge fields in single or double braces,
 * plus `{letter.title}`. A field with no value is left out and named in `unresolved`.
 */
export function expandMailPattern(
  pattern: string,
  context: MergeContext,
  environment: MergeEnvironment,
  letterTitle: string,
): { text: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const text = pattern.replace(FIELD_IN_PATTERN, (_match, field: string) => {
    if (LETTER_TITLE.test(field)) return letterTitle;
    const result = evaluateMergeField(field, context, environment);
    if (result.resolved) return result.value;
    if (!unresolved.includes(result.path)) unresolved.push(result.path);
    return '';
  });
  return { text, unresolved };
}
