import { openCampaignFile } from '../../main/services/campaign/campaign-file';
import { getLetter } from '../../main/services/campaign/letters';
import { readSignatoryRows, toSignatory } from '../../main/services/signatories/signatory-records';
import { SIGNATORY_STATUSES, type SignatoryListAttrs, type SignatoryStatus } from '../../shared/document/nodes';
import { applyEntryTemplate } from '../../shared/signatories/apply-entry-template';
import { formatSignatoryList } from '../../shared/signatories/format-signatory-list';
import { letterSignatoryListAttrs } from '../../shared/signatories/letter-signatory-list-attrs';
import { orderSignatoriesForLetter } from '../../shared/signatories/order-signatories-for-letter';
import { campaignPathArgument } from '../campaign-path-argument';
import { printJson, UsageError, type Command } from '../command';

function parseStatuses(value: unknown): SignatoryStatus[] | null {
  if (value === undefined) return null;
  const entries = (Array.isArray(value) ? value : [value]).flatMap((entry) => String(entry).split(',')).map((entry) => entry.trim().toLowerCase());
  for (const entry of entries) {
    if (!(SIGNATORY_STATUSES as readonly string[]).includes(entry)) throw new UsageError(`--status "${entry}": choose ${SIGNATORY_STATUSES.join(', ')}`);
  }
  return entries as SignatoryStatus[];
}

export const signatoriesCommand: Command = {
  name: 'signatories',
  usage: 'undersigned signatories <campaign> [--format "{name} ({country})"] [--status confirmed] [--json]',
  summary: "Print the signatory list as the letter shows it (its sort, format and language); --format uses {name} {country} {countryCode} {acronym} {status}.",
  options: { format: { type: 'string' }, status: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const path = campaignPathArgument(positionals);
    if (values.format !== undefined && (typeof values.format !== 'string' || values.format.trim() === '')) throw new UsageError('--format needs a pattern, e.g. "{name} ({country})"');
    const statuses = parseStatuses(values.status);
    const campaign = openCampaignFile(path, { allowReadOnly: true });
    try {
      const letter = getLetter(campaign.db);
      const language = letter.settings.language;
      const letterAttrs = letterSignatoryListAttrs(letter.doc);
      const attrs = statuses ? { ...letterAttrs, statuses } : letterAttrs;
      const signatories = readSignatoryRows(campaign.db).map(toSignatory);
      // Asked for by name, withdrawn and declined signatories are listed here, never in a letter.
      const includeWithdrawn = statuses?.includes('withdrawn') ?? false;
      const includeDeclined = statuses?.includes('declined') ?? false;
      const ordered = orderSignatoriesForLetter(signatories, attrs, language, { includeWithdrawn, includeDeclined });
      if (values.json) {
        printJson(io, {
          count: ordered.length,
          signatories: ordered.map(({ signatory, country }) => ({ name: signatory.name, country: country || null, countryCode: signatory.countryCode, status: signatory.status })),
        });
        return 0;
      }
      if (typeof values.format === 'string') {
        const template = values.format;
        for (const { signatory, country } of ordered) {
          io.stdout(`${applyEntryTemplate(template, { name: signatory.name, country, countryCode: signatory.countryCode, acronym: signatory.acronym, status: signatory.status })}\n`);
        }
        return 0;
      }
      const listedAsIs = includeWithdrawn || includeDeclined;
      const listed = listedAsIs ? ordered.map(({ signatory }) => ({ ...signatory, status: 'confirmed' as const })) : signatories;
      const groups = formatSignatoryList(listed, { ...letterAttrs, statuses: listedAsIs ? ['confirmed'] : (statuses as SignatoryListAttrs['statuses'] | null) ?? letterAttrs.statuses }, language);
      for (const group of groups) {
        if (group.title) io.stdout(`${group.title}\n`);
        for (const entry of group.entries) io.stdout(`${group.title ? '  ' : ''}${entry}\n`);
      }
      return 0;
    } finally {
      campaign.close();
    }
  },
};
