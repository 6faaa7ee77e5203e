import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { UserError } from '../../../shared/model/user-error';
import { resourcesDir } from '../resources-dir';
import type { RecipientDraft } from './recipient-draft';

/**
 * The bundled recipient sets (resources/datasets; sources, dates and doubts are in the README beside
 * the files). Country sets carry country names and ISO codes only: people's names are for the user.
 */
export const RECIPIENT_PRESETS = {
  'regional-organizations': {
    label: 'Regional and sub-regional organizations',
    description: 'The head of each organization, with the usual title and salutation; names are yours to fill in.',
    file: 'regional-organizations.csv',
  },
  'rome-statute-states-parties': {
    label: 'States Parties to the Rome Statute',
    description: 'Every state that is a party today (withdrawals that took effect are left out).',
    file: 'rome-statute-states-parties.csv',
  },
  'un-member-states': {
    label: 'UN Member States',
    description: 'The 193 Member States of the United Nations.',
    file: 'un-member-states.csv',
  },
} as const;
export type RecipientPresetId = keyof typeof RECIPIENT_PRESETS;
export const RECIPIENT_PRESET_IDS = Object.keys(RECIPIENT_PRESETS) as [RecipientPresetId, ...RecipientPresetId[]];
/** The day the bundled sets were compiled, as their README states. */
export const RECIPIENT_PRESETS_COMPILED = '2026-11-23';

export function isRecipientPresetId(id: string): id is RecipientPresetId {
  return Object.hasOwn(RECIPIENT_PRESETS, id);
}

function readRows(presetId: RecipientPresetId): Record<string, string>[] {
  const file = RECIPIENT_PRESETS[presetId].file;
  const text = readFileSync(join(resourcesDir(), 'datasets', file), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0]!;
    throw new Error(`resources/datasets/${file}: row ${(first.row ?? 0) + 2}: ${first.message}`);
  }
  return parsed.data;
}

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function emptyDraft(): RecipientDraft {
  return {
    honorific: null,
    name: null,
    title: null,
    organization: null,
    country: null,
    countryCode: null,
    salutation: null,
    addressLines: [],
    email: null,
    language: null,
    extra: {},
  };
}

function acronymOf(row: Record<string, string>): Record<string, string> {
  const acronym = blankToNull(row.acronym);
  return acronym ? { acronym } : {};
}

/** The recipients of a bundled set, in the file's order. */
export function loadPresetRecipients(presetId: string): RecipientDraft[] {
  if (!isRecipientPresetId(presetId)) {
    throw new UserError(`There is no recipient set "${presetId}". Choose one of: ${RECIPIENT_PRESET_IDS.join(', ')}.`, {
      code: 'unknown-preset',
    });
  }
  const rows = readRows(presetId);
  if (presetId === 'regional-organizations') {
    return rows.map((row): RecipientDraft => ({
      ...emptyDraft(),
      organization: blankToNull(row.name_en),
      title: blankToNull(row.head_title),
      salutation: blankToNull(row.salutation),
      addressLines: blankToNull(row.headquarters) ? [row.headquarters!.trim()] : [],
      extra: acronymOf(row),
    }));
  }
  const states = presetId === 'rome-statute-states-parties' ? rows.filter((row) => row.status?.trim() === 'party') : rows;
  return states.map((row) => ({
    ...emptyDraft(),
    country: blankToNull(row.name_en),
    countryCode: blankToNull(row.iso2)?.toUpperCase() ?? null,
  }));
}
