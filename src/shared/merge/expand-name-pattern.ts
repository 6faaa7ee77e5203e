import { evaluateMergeField, type MergeEnvironment } from './evaluate-merge-field';
import type { MergeContext } from './merge-context';

export interface ExpandedNamePattern {
  text: string;
  /** Fields in the pattern with no value for this recipient; they are left out of the text. */
  unresolved: string[];
}

/**
 * Fills a file-name pattern such as `{recipient.organization} - {date}` (single or double braces,
 * filters allowed). The result still has to be sanitized before it becomes a file name.
 */
export function expandNamePattern(pattern: string, context: MergeContext, environment: MergeEnvironment): ExpandedNamePattern {
  const unresolved: string[] = [];
  const text = pattern.replace(/\{\{?([^{}]{1,300})\}?\}/g, (_whole, field: string) => {
    const result = evaluateMergeField(field, context, environment);
    if (result.resolved) return result.value.replace(/\n/g, ' ');
    if (!unresolved.includes(result.path)) unresolved.push(result.path);
    return '';
  });
  return { text: text.replace(/\s+/g, ' ').replace(/^[\s\-–—,_]+|[\s\-–—,_]+$/g, ''), unresolved };
}
