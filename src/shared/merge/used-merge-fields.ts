import type { LetterNode } from '../document/letter-document';
import { NODE_NAMES } from '../document/nodes';
import { FIELD_IN_PATTERN } from './field-in-pattern';
import { parseMergeField } from './parse-merge-field';

export interface UsedMergeField {
  path: string;
  /** True when every use of the field has a `default`, so an empty value is never unresolved. */
  alwaysDefaulted: boolean;
}

const TEXT_FIELD = /\{\{([^{}]{1,300})\}\}/g;

/** The fields a letter uses (chips and `{{ }}` typed as text), each once, in the order they first appear. */
export function usedMergeFields(doc: LetterNode): UsedMergeField[] {
  const byPath = new Map<string, UsedMergeField>();
  const use = (source: string): void => {
    const parsed = parseMergeField(source);
    if (!parsed.ok) return;
    // The salutation line falls back to "Your Excellency" in the letter's language by itself.
    const defaulted = parsed.path === 'recipient.greeting' || parsed.filters.some((filter) => filter.name === 'default');
    const known = byPath.get(parsed.path);
    if (known) known.alwaysDefaulted &&= defaulted;
    else byPath.set(parsed.path, { path: parsed.path, alwaysDefaulted: defaulted });
    // A default that names other fields ("… {recipient.country | of}") needs them when it is used.
    for (const filter of parsed.filters) {
      if (filter.name === 'default' && filter.argument?.includes('{')) for (const match of filter.argument.matchAll(FIELD_IN_PATTERN)) use(match[1]!);
    }
  };
  const visit = (node: LetterNode): void => {
    if (node.type === NODE_NAMES.mergeField && typeof node.attrs?.field === 'string') use(node.attrs.field);
    else if (node.type === NODE_NAMES.text && node.text?.includes('{{')) for (const match of node.text.matchAll(TEXT_FIELD)) use(match[1]!);
    node.content?.forEach(visit);
  };
  visit(doc);
  return [...byPath.values()];
}
