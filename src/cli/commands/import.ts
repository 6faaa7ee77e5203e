import { resolve } from 'node:path';
import { openCampaignFile, type CampaignFile } from '../../main/services/campaign/campaign-file';
import { importSignatories } from '../../main/services/signatories/import-signatories';
import { laterAnswerReport } from '../../shared/signatories/later-answer-report';
import { printJson, UsageError, type Command, type CommandIo } from '../command';
import { importRecipientFile } from './recipients';

/** What one kind of import receives from the command line. */
export interface ImportArguments {
  campaign: CampaignFile;
  file: string;
  /** `--map Header=field`, header -> field ("" or "-" keeps the column as an extra field). */
  overrides: Record<string, string | null>;
  split: boolean;
  /** The XLSX sheet to read (`--sheet`); default the one that looks most like a list. */
  sheet?: string;
  /** `--first-row header|data`: how to read the first row when no header is recognised; default a guess. */
  firstRowIsHeader?: boolean;
  /** `--include-hidden`: read hidden rows and columns too. */
  includeHidden: boolean;
  json: boolean;
  io: CommandIo;
}

/** Runs one kind of import and returns the exit code; a new kind (recipients) adds an entry here. */
export const IMPORT_KINDS: Record<string, (args: ImportArguments) => Promise<number>> = {
  signatories: importSignatoryFile,
  recipients: importRecipientFile,
};

async function importSignatoryFile({ campaign, file, overrides, split, sheet, firstRowIsHeader, includeHidden, json, io }: ImportArguments): Promise<number> {
  const summary = await importSignatories(campaign.db, { source: file, overrides, splitNameCountry: split, sheet, firstRowIsHeader, includeHidden, audience: 'cli' });
  const { added, merged, suggested, errors } = summary;
  for (const error of errors) io.stderr(`${summary.fileName}: ${error.message}\n`);
  if (json) {
    const laterAnswer = ({ name, row, previousStatus }: { name: string; row: number; previousStatus: string }) => ({ name, row, previousStatus });
    printJson(io, {
      added,
      merged,
      suggested,
      split: summary.split,
      errors: errors.map(({ row, message }) => ({ row, message })),
      statuses: summary.statuses,
      nowDeclined: summary.nowDeclined.map(laterAnswer),
      yesAfterNo: summary.yesAfterNo.map(laterAnswer),
      notes: summary.notes,
    });
  } else {
    const parts = [`${added} added`, `${merged} merged into existing signatories`, `${suggested} suggested duplicates to review`];
    if (summary.split) parts.push(`${summary.split} "Name (Country)" split`);
    if (summary.alreadyImported) parts.push(`${summary.alreadyImported} rows already imported from this file`);
    if (errors.length) parts.push(`${errors.length} rows not imported`);
    io.stdout(`${summary.fileName}: ${parts.join(', ')}.\n`);
    const statusCounts = Object.entries(summary.statuses).filter(([, count]) => count > 0);
    if (statusCounts.length > 0) io.stdout(`  by status: ${statusCounts.map(([status, count]) => `${count} ${status}`).join(', ')}\n`);
    for (const line of laterAnswerReport(summary)) io.stdout(`  ${line}\n`);
    for (const note of summary.notes) io.stdout(`  ${note}\n`);
    for (const conflict of summary.conflicts) {
      io.stdout(`  row ${conflict.row}: kept ${conflict.field} "${conflict.kept}", not "${conflict.ignored}"\n`);
    }
  }
  return 0;
}

function parseMap(values: unknown): Record<string, string | null> {
  const entries = Array.isArray(values) ? values : values === undefined ? [] : [values];
  const overrides: Record<string, string | null> = {};
  for (const entry of entries) {
    if (typeof entry !== 'string') throw new UsageError('--map needs Header=field');
    const separator = entry.lastIndexOf('=');
    if (separator <= 0) throw new UsageError(`--map "${entry}": write it as Header=field, e.g. --map "Organisation=name"`);
    const field = entry.slice(separator + 1).trim();
    overrides[entry.slice(0, separator).trim()] = field === '' || field === '-' ? null : field;
  }
  return overrides;
}

export const importCommand: Command = {
  name: 'import',
  usage: `undersigned import <campaign> ${Object.keys(IMPORT_KINDS).join('|')} <file.csv|.xlsx|.ods> [--map Header=field]... [--sheet NAME] [--first-row header|data] [--include-hidden] [--no-split] [--json]`,
  summary: 'Import a CSV, XLSX or ODS list into a campaign: exact duplicates merge, near ones are suggested for review.',
  options: { map: { type: 'string', multiple: true }, sheet: { type: 'string' }, 'first-row': { type: 'string' }, 'include-hidden': { type: 'boolean' }, 'no-split': { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const [target, kind, file, ...rest] = positionals;
    if (!target || !kind || !file || rest.length > 0) throw new UsageError('give a campaign file, what to import and the spreadsheet');
    const runKind = IMPORT_KINDS[kind];
    if (!runKind) throw new UsageError(`cannot import "${kind}"; choose ${Object.keys(IMPORT_KINDS).join(' or ')}`);
    const overrides = parseMap(values.map);
    const firstRow = values['first-row'];
    if (firstRow !== undefined && firstRow !== 'header' && firstRow !== 'data') throw new UsageError('--first-row takes header or data');
    const firstRowIsHeader = firstRow === undefined ? undefined : firstRow === 'header';
    const campaign = openCampaignFile(resolve(target));
    try {
      const sheet = typeof values.sheet === 'string' ? values.sheet : undefined;
      return await runKind({ campaign, file: resolve(file), overrides, split: values['no-split'] !== true, sheet, firstRowIsHeader, includeHidden: values['include-hidden'] === true, json: values.json === true, io });
    } finally {
      campaign.close();
    }
  },
};
