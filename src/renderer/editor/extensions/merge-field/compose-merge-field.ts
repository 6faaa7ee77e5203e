import { parseMergeField } from '../../../../shared/merge/parse-merge-field';

/** The parts of a field the chip's popover edits. */
export interface MergeFieldParts {
  path: string;
  fallback: string;
  upperCase: boolean;
  dateFormat: string;
}

export function readMergeField(field: string): MergeFieldParts {
  const parsed = parseMergeField(field);
  const filters = parsed.ok ? parsed.filters : [];
  return {
    path: parsed.path,
    fallback: filters.find((filter) => filter.name === 'default')?.argument ?? '',
    upperCase: filters.some((filter) => filter.name === 'upper'),
    dateFormat: filters.find((filter) => filter.name === 'format')?.argument ?? '',
  };
}

/** `{ path: "recipient.title", fallback: "Your Excellency" }` -> `recipient.title | default: "Your Excellency"`. */
export function composeMergeField(parts: MergeFieldParts): string {
  const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  let field = parts.path;
  if (parts.dateFormat) field += ` | format: ${quote(parts.dateFormat)}`;
  if (parts.upperCase) field += ' | upper';
  if (parts.fallback.trim() !== '') field += ` | default: ${quote(parts.fallback)}`;
  return field;
}
