import { MERGE_FILTERS, type MergeFilterName } from './merge-fields';

export interface MergeFilter {
  name: MergeFilterName;
  argument: string | null;
}

export type ParsedMergeField = { ok: true; path: string; filters: MergeFilter[] } | { ok: false; path: string; message: string };

/** Splits on `|` outside quotes, so `default: "A | B"` stays one filter. */
function splitOutsideQuotes(source: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index]!;
    if (quote) {
      current += character;
      if (character === '\\' && index + 1 < source.length) {
        current += source[index + 1];
        index += 1;
      } else if (character === quote) quote = null;
    } else if (character === '"' || character === "'" || character === '“') {
      quote = character === '“' ? '”' : character;
      current += character;
    } else if (character === '|') {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  return parts;
}

function unquote(argument: string): string | null {
  const text = argument.trim();
  if (text === '') return null;
  const first = text[0];
  const closing = first === '“' ? '”' : first;
  if ((first === '"' || first === "'" || first === '“') && text.length >= 2 && text.at(-1) === closing) {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return text;
}

/**
 * Parses a merge field as written in the `field` attribute: a path followed by filters,
 * `recipient.title | upper | default: "Your Excellency"`. Never throws; a bad filter is reported.
 */
export function parseMergeField(source: string): ParsedMergeField {
  const [head = '', ...filterSources] = splitOutsideQuotes(source.trim().replace(/^\{\{|\}\}$/g, ''));
  const path = head.trim();
  if (path === '') return { ok: false, path, message: 'the field has no name' };
  const filters: MergeFilter[] = [];
  for (const filterSource of filterSources) {
    const colon = filterSource.indexOf(':');
    const name = (colon === -1 ? filterSource : filterSource.slice(0, colon)).trim();
    const argument = colon === -1 ? null : unquote(filterSource.slice(colon + 1));
    if (!Object.hasOwn(MERGE_FILTERS, name)) return { ok: false, path, message: `unknown filter "${name}"` };
    const filterName = name as MergeFilterName;
    if (MERGE_FILTERS[filterName].takesArgument && argument === null)
      return { ok: false, path, message: `the filter "${name}" needs a value, e.g. ${name}: "…"` };
    filters.push({ name: filterName, argument: MERGE_FILTERS[filterName].takesArgument ? argument : null });
  }
  return { ok: true, path, filters };
}
