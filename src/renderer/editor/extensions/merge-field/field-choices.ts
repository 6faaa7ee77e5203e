import { EXTRA_FIELD_PREFIX, MERGE_FIELDS, type MergeFieldPath } from '../../../../shared/merge/merge-fields';
import type { Recipient } from '../../../../shared/model/recipient';

export interface FieldChoice {
  field: string;
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
export function matchFieldChoices(query: string, choices: readonly FieldChoice[] = FIELD_CHOICES): FieldChoice[] {
  const words = query
    .toLowerCase()
    .split(/[\s.]+/)
    .filter(Boolean);
  return choices.filter((choice) => {
    const haystack = `${choice.field} ${choice.label}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** A field for each column imported with the recipients ("Region", "Ambassador"), with a value from the first recipient that has one. */
export function extraFieldChoices(recipients: readonly Recipient[] | null): FieldChoice[] {
  const examples = new Map<string, string>();
  for (const recipient of recipients ?? []) {
    for (const [column, value] of Object.entries(recipient.extra)) {
      if (!examples.has(column) || (examples.get(column) === '' && value !== '')) examples.set(column, value);
    }
  }
  return [...examples.entries()]
    .sort(([first], [second]) => first.localeCompare(second))
    .map(([column, example]) => ({ field: `${EXTRA_FIELD_PREFIX}${column}`, label: `Recipient ${column}`, example }));
}
