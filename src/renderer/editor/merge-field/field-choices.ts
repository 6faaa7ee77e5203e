import { MERGE_FIELDS, type MergeFieldPath } from '../../../shared/merge/merge-fields';

export interface FieldChoice {
  field: MergeFieldPath;
  label: string;
  example: string;
}

/** The fields the Fields menu and the `{{` list offer, in the menu's order. */
export const FIELD_CHOICES: FieldChoice[] = (Object.keys(MERGE_FIELDS) as MergeFieldPath[]).map((field) => ({
  field,
  label: MERGE_FIELDS[field].label,
  example: MERGE_FIELDS[field].example,
}));

/** Fields whose path or label contains every word typed after `{{`. */
export function matchFieldChoices(query: string): FieldChoice[] {
  const words = query.toLowerCase().split(/[\s.]+/).filter(Boolean);
  return FIELD_CHOICES.filter((choice) => {
    const haystack = `${choice.field} ${choice.label}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
