/**
 * Every merge field a letter can hold, with the label the editor's chips and the check panel show.
 * A recipient's imported columns are reached as `recipient.extra.<column>`.
 */
export const MERGE_FIELDS = {
  'recipient.honorific': { label: 'Recipient honorific', example: 'H.E.' },
  'recipient.name': { label: 'Recipient name', example: 'Jane Doe' },
  'recipient.title': { label: 'Recipient title', example: 'Secretary-General' },
  'recipient.salutation': { label: 'Recipient salutation', example: 'Your Excellency' },
  'recipient.greeting': { label: 'Salutation line', example: 'Your Excellency,' },
  'recipient.organization': { label: 'Recipient organization', example: 'African Union' },
  'recipient.country': { label: 'Recipient country', example: 'Ghana' },
  'recipient.address': { label: 'Recipient address', example: 'Addis Ababa, Ethiopia' },
  'recipient.email': { label: 'Recipient email', example: 'office@example.org' },
  coalition: { label: 'Coalition name', example: 'Coalition for the Prevention of Atrocities' },
  date: { label: 'Date', example: '28 April 2020' },
  place: { label: 'Place', example: 'New York' },
  'signatories.count': { label: 'Number of signatories', example: '118' },
} as const;
export type MergeFieldPath = keyof typeof MERGE_FIELDS;

export const EXTRA_FIELD_PREFIX = 'recipient.extra.';

/**
 * Filters written after a field: `recipient.title | upper | default: "Your Excellency"`. `formal`, `of`, `in`
 * and `bare` shape `recipient.country` for its place in a sentence ("of the Netherlands", "aux Pays-Bas").
 */
export const MERGE_FILTERS = {
  upper: { label: 'UPPER CASE', takesArgument: false },
  lower: { label: 'lower case', takesArgument: false },
  default: { label: 'Default when empty', takesArgument: true },
  format: { label: 'Date format', takesArgument: true },
  formal: { label: 'Formal country name', takesArgument: false },
  of: { label: 'Country after “of”', takesArgument: false },
  in: { label: 'Country after “in”', takesArgument: false },
  bare: { label: 'Country without article', takesArgument: false },
} as const;
export type MergeFilterName = keyof typeof MERGE_FILTERS;

/** The filters that only `recipient.country` takes. */
export const COUNTRY_FILTERS = ['formal', 'of', 'in', 'bare'] as const satisfies readonly MergeFilterName[];

/** Date formats for `date | format: "…"`, each written in the letter's language. */
export const DATE_FORMATS = {
  long: { label: '28 April 2020' },
  full: { label: 'Tuesday, 28 April 2020' },
  short: { label: '28/04/2020' },
  'month-year': { label: 'April 2020' },
  year: { label: '2020' },
  iso: { label: '2020-04-28' },
} as const;
export type DateFormat = keyof typeof DATE_FORMATS;

export function isMergeFieldPath(path: string): path is MergeFieldPath {
  return Object.hasOwn(MERGE_FIELDS, path);
}

export function isDateFormat(name: string): name is DateFormat {
  return Object.hasOwn(DATE_FORMATS, name);
}
