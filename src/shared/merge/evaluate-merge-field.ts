import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';
import { countryName } from '../countries/country-name';
import { COUNTRY_NAME_FORMS } from '../countries/country-name-forms';
import { countryPhrase, type CountryRole } from '../countries/country-phrase';
import { placeName } from '../places/place-name';
import { formatLetterDate } from './format-letter-date';
import { greetingLine } from './greeting-line';
import type { MergeContext, MergeRecipient } from './merge-context';
import { mergeFieldLabel } from './merge-field-label';
import { FIELD_IN_PATTERN } from './field-in-pattern';
import { COUNTRY_FILTERS, EXTRA_FIELD_PREFIX, isDateFormat, type MergeFieldPath } from './merge-fields';
import { parseMergeField, type MergeFilter } from './parse-merge-field';

/** What the letter around a field provides: its language, its place, how many signatories it lists. */
export interface MergeEnvironment {
  language: LetterLanguage;
  place: string;
  signatoryCount: number;
  /** The campaign's coalition name (page settings), for `{{coalition}}`. */
  coalition?: string;
}

export type MergeFieldValue =
  | { resolved: true; value: string }
  /** `path` is the field's name (`recipient.name`); `label` its readable name; `problem` set for a field that cannot be read at all. */
  | { resolved: false; path: string; label: string; problem?: string };

function present(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value.trim() === '' ? null : value.trim();
}

/**
 * The recipient's country as the sentence needs it. A UN Member State (by its ISO code) takes its name from
 * the checked table (countries/country-name-forms.ts): the short name with its article, or with `formal` the
 * formal name; `of`, `in` and `bare` shape either. Any other country is written by its code, or as stored.
 */
function recipientCountry(recipient: MergeRecipient, language: LetterLanguage, filters: readonly MergeFilter[]): string | null {
  const names = recipient.countryCode ? COUNTRY_NAME_FORMS[recipient.countryCode.toUpperCase()]?.[language] : undefined;
  const formal = filters.some((filter) => filter.name === 'formal');
  const role =
    filters.findLast((filter): filter is MergeFilter & { name: CountryRole } => ['of', 'in', 'bare'].includes(filter.name))?.name ??
    'subject';
  if (names) {
    const name = formal ? names.formal : names.short;
    return countryPhrase(name, language, role, name === names.short ? names.in : undefined);
  }
  const stored = present(recipient.country);
  const written =
    recipient.countryCode && (language !== 'en' || !stored) ? (countryName(recipient.countryCode, language) ?? stored) : stored;
  return written === null ? null : countryPhrase(written, language, role);
}

function extraValue(extra: Record<string, string>, column: string): string | null {
  if (Object.hasOwn(extra, column)) return present(extra[column]);
  const wanted = column.toLocaleLowerCase();
  const key = Object.keys(extra).find((candidate) => candidate.toLocaleLowerCase() === wanted);
  return key === undefined ? null : present(extra[key]);
}

function rawValue(
  path: string,
  filters: readonly MergeFilter[],
  context: MergeContext,
  environment: MergeEnvironment,
): string | null | undefined {
  const recipient = context.recipient;
  switch (path as MergeFieldPath) {
    case 'date':
      return context.date;
    case 'coalition':
      return present(environment.coalition);
    case 'place':
      return present(placeName(context.place ?? environment.place, environment.language));
    case 'signatories.count':
      return new Intl.NumberFormat(LETTER_LANGUAGES[environment.language].locale).format(environment.signatoryCount);
    case 'recipient.honorific':
      return present(recipient?.honorific);
    case 'recipient.name':
      return present(recipient?.name);
    case 'recipient.title':
      return present(recipient?.title);
    case 'recipient.salutation':
    case 'recipient.greeting':
      return present(recipient?.salutation);
    case 'recipient.organization':
      return present(recipient?.organization);
    case 'recipient.country':
      return recipient ? recipientCountry(recipient, environment.language, filters) : null;
    case 'recipient.email':
      return present(recipient?.email);
    case 'recipient.address': {
      const lines = (recipient?.addressLines ?? []).map((line) => line.trim()).filter((line) => line !== '');
      return lines.length > 0 ? lines.join('\n') : null;
    }
  }
  if (path.startsWith(EXTRA_FIELD_PREFIX) && path.length > EXTRA_FIELD_PREFIX.length) {
    return recipient ? extraValue(recipient.extra, path.slice(EXTRA_FIELD_PREFIX.length)) : null;
  }
  return undefined;
}

/**
 * A default written as a pattern, `the Minister for Foreign Affairs {recipient.country | of}`: its fields filled
 * for the recipient. Null when one of them has no value either, so the field stays unresolved rather than half written.
 */
function fillDefaultPattern(pattern: string, context: MergeContext, environment: MergeEnvironment): string | null {
  let missing = false;
  const text = pattern.replace(FIELD_IN_PATTERN, (_match, inner: string) => {
    const result = evaluateMergeField(inner, context, environment);
    if (!result.resolved) missing = true;
    return result.resolved ? result.value : '';
  });
  return missing ? null : text;
}

/**
 * The value of one merge field for one recipient, with its filters applied. A field with no value
 * and no `default` is unresolved: the caller decides whether to stop or to mark it. A default may name other
 * fields in braces (`default: "the Minister for Foreign Affairs {recipient.country | of}"`), filled from what the
 * recipient has: a preset that fills only the country still gets a whole addressee line.
 */
export function evaluateMergeField(field: string, context: MergeContext, environment: MergeEnvironment): MergeFieldValue {
  const parsed = parseMergeField(field);
  const label = (): string => mergeFieldLabel(field);
  if (!parsed.ok) return { resolved: false, path: parsed.path || field, label: label(), problem: parsed.message };
  const raw = rawValue(parsed.path, parsed.filters, context, environment);
  if (raw === undefined) return { resolved: false, path: parsed.path, label: label(), problem: `there is no field "${parsed.path}"` };
  const locale = LETTER_LANGUAGES[environment.language].locale;
  let value: string | null = raw;
  if (parsed.path !== 'date' && parsed.filters.some((filter) => filter.name === 'format')) {
    return { resolved: false, path: parsed.path, label: label(), problem: 'the filter "format" applies only to the date' };
  }
  const countryFilter = parsed.filters.find((filter) => (COUNTRY_FILTERS as readonly string[]).includes(filter.name));
  if (countryFilter && parsed.path !== 'recipient.country') {
    return {
      resolved: false,
      path: parsed.path,
      label: label(),
      problem: `the filter "${countryFilter.name}" applies only to recipient.country`,
    };
  }
  if (parsed.path === 'date' && value !== null) {
    const format = parsed.filters.findLast((filter) => filter.name === 'format')?.argument ?? 'long';
    if (!isDateFormat(format)) return { resolved: false, path: parsed.path, label: label(), problem: `unknown date format "${format}"` };
    value = formatLetterDate(value, environment.language, format);
  }
  for (const filter of parsed.filters) {
    // `default: ""` is a deliberate choice to print nothing, not a missing value.
    if (filter.name === 'default' && value === null && filter.argument !== null) {
      value = filter.argument.includes('{') ? fillDefaultPattern(filter.argument, context, environment) : filter.argument;
      if (value === null) return { resolved: false, path: parsed.path, label: label() };
    }
    else if (filter.name === 'upper') value = value === null ? null : value.toLocaleUpperCase(locale);
    else if (filter.name === 'lower') value = value === null ? null : value.toLocaleLowerCase(locale);
  }
  if (parsed.path === 'recipient.greeting') value = greetingLine(value, environment.language);
  // "His/Her Excellency" is "Son Excellence" / "Su Excelencia": S.E. in a French or Spanish letter.
  if (parsed.path === 'recipient.honorific' && environment.language !== 'en' && value?.replace(/\s/g, '') === 'H.E.') value = 'S.E.';
  return value === null ? { resolved: false, path: parsed.path, label: label() } : { resolved: true, value };
}
