import { evaluateMergeField, type MergeEnvironment } from './evaluate-merge-field';
import { FIELD_IN_PATTERN } from './field-in-pattern';
import type { MergeContext } from './merge-context';
import { recipientLabel } from './recipient-label';


export interface ExpandedNamePattern {
  text: string;
  /** Fields in the pattern with no value for this recipient; they are left out of the text. */
  unresolved: string[];
}

/**
 * Fills a file-name pattern such as `{recipient.organization} - {date}` (single or double braces,
 * filters allowed). The result still has to be sanitized before it becomes a file name.
 * A name always says whose letter it is: when none of the pattern's recipient fields has a value
 * (a country has no organization), the first of them gives way to the recipient's label ("Ghana").
 */
export function expandNamePattern(pattern: string, context: MergeContext, environment: MergeEnvironment): ExpandedNamePattern {
  const unresolved: string[] = [];
  const fields = [...pattern.matchAll(FIELD_IN_PATTERN)].map((match) => match[1]!);
  // A file is named by the country without its article: "Netherlands", not "the Netherlands".
  const results = fields.map((field) =>
    evaluateMergeField(/^\s*recipient\.country\s*(\||$)/.test(field) && !/\|\s*(of|in|bare)\s*(\||$)/.test(field) ? `${field} | bare` : field, context, environment),
  );
  const isRecipientField = fields.map((field) => /^\s*recipient\./.test(field));
  const namesRecipient = results.some((result, position) => result.resolved && isRecipientField[position]);
  const standIn = namesRecipient || !context.recipient ? -1 : results.findIndex((result, position) => !result.resolved && isRecipientField[position]);
  let index = 0;
  const text = pattern.replace(FIELD_IN_PATTERN, () => {
    const position = index++;
    const result = results[position]!;
    if (result.resolved) return result.value.replace(/\n/g, ' ');
    if (!unresolved.includes(result.path)) unresolved.push(result.path);
    return position === standIn ? recipientLabel(context.recipient!) : '';
  });
  return { text: text.replace(/\s+/g, ' ').replace(/^[\s\-–—,_]+|[\s\-–—,_]+$/g, ''), unresolved };
}
