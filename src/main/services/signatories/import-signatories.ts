import type { Database } from 'better-sqlite3';
import type { SignatoryStatus } from '../../../shared/document/nodes';
import { foldCountryText } from '../../../shared/countries/fold-country-text';
import { resolveCountry } from '../../../shared/countries/resolve-country';
import { UserError } from '../../../shared/model/user-error';
import { cleanDisplayName } from '../../../shared/signatories/clean-display-name';
import type { LaterAnswerEntry } from '../../../shared/signatories/later-answer-report';
import { signatoryNameProblem } from '../../../shared/signatories/signatory-name-problem';
import { signatoryNameParts } from '../../../shared/signatories/signatory-name-parts';
import { splitNameCountry } from '../../../shared/signatories/split-name-country';
import type { ColumnMapping } from '../spreadsheet/field-definition';
import { importHint, type ImportAudience } from '../spreadsheet/import-hint';
import { mapSpreadsheetRows, type RowError } from '../spreadsheet/map-spreadsheet-rows';
import { readSpreadsheet, type SpreadsheetBytes } from '../spreadsheet/read-spreadsheet';
import { readCampaignCountryAliases } from './campaign-country-aliases';
import { readDuplicateDecisions } from './duplicate-decisions';
import { parseSignatoryStatus } from './parse-signatory-status';
import { headerGuessNote } from '../spreadsheet/header-guess-note';
import { planSignatoryImport } from './plan-signatory-import';
import { SIGNATORY_FIELDS } from './signatory-fields';
import { nextSignatoryPosition, readSignatoryRows, type SignatoryRow } from './signatory-records';
import { computeSignatorySuggestions } from './signatory-suggestions';
import { findAnswerTimeColumn, type AnswerTimeColumn } from './find-answer-time-column';
import { parseAnswerTime, type DayMonthOrder } from './parse-answer-time';
import { weighLaterAnswer } from './weigh-later-answer';

export interface SignatoryImportRequest {
  source: string | SpreadsheetBytes;
  sheet?: string;
  delimiter?: string;
  /** Header -> field (or null: keep as extra), as `--map Header=field` gives them. */
  overrides?: Readonly<Record<string, string | null>>;
  /** The whole mapping chosen in the mapping step, by column. */
  mapping?: readonly ColumnMapping[];
  /** When no header is recognised: whether the first row is the header (the mapping step's answer); default a guess. */
  firstRowIsHeader?: boolean;
  /** Split "Name (Country)" when no country column is mapped; default true. */
  splitNameCountry?: boolean;
  /** Read hidden rows and columns too; default they are skipped and counted in the notes. */
  includeHidden?: boolean;
  /** Whose report it is: the command line's names its options, the app's (default) its controls. */
  audience?: ImportAudience;
}

/** A filled field that a later row spelled differently: the first value is kept, never overwritten silently. */
export interface ImportConflict {
  row: number;
  signatoryId: number;
  field: string;
  kept: string;
  ignored: string;
}

/** An organisation whose later answer (`row` of this file) changed, or would change, the status it held. */
export interface LaterAnswer extends LaterAnswerEntry {
  signatoryId: number;
}

export interface SignatoryImportSummary {
  fileName: string;
  /** The sheet read (null for a text file) and how a text file was decoded (null for a workbook). */
  sheetName: string | null;
  encoding: string | null;
  sourceId: number;
  added: number;
  merged: number;
  suggested: number;
  split: number;
  /** Rows of this same file already imported before (recognised by the file's SHA-256): nothing added twice. */
  alreadyImported: number;
  /** Rows not imported, each with its reason (junk names, over-long cells…). */
  errors: RowError[];
  conflicts: ImportConflict[];
  /** Signatories a later "no" in this file declined (it was confirmed or pending): applied, never listed again. */
  nowDeclined: LaterAnswer[];
  /** Signatories that said yes here after a no: still declined until a person confirms them. */
  yesAfterNo: LaterAnswer[];
  addedIds: number[];
  /** The imported rows by status: a "no" answer is declined, a blank answer pending. */
  statuses: Record<SignatoryStatus, number>;
  /** What a coordinator should know about how the file was read. */
  notes: string[];
}

const FILLABLE = [
  ['acronym', 'acronym'],
  ['contactName', 'contact_name'],
  ['email', 'email'],
  ['title', 'title'],
] as const;

interface Draft {
  row: number;
  name: string;
  key: string;
  acronym: string | null;
  country: string | null;
  countryCode: string | null;
  contactName: string | null;
  email: string | null;
  title: string | null;
  status: SignatoryStatus | null;
  /** When the row was answered (ms), from the file's timestamp column. */
  answeredAt: number | null;
  extra: Record<string, string>;
  values: Record<string, string>;
  wasSplit: boolean;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countriesConflict(first: { country_code: string | null; country: string | null }, second: { countryCode: string | null; country: string | null }): boolean {
  if (first.country_code && second.countryCode) return first.country_code !== second.countryCode;
  if (!first.country_code && !second.countryCode && first.country && second.country) return foldCountryText(first.country) !== foldCountryText(second.country);
  return false;
}

/**
 * Imports a signatory spreadsheet into the campaign, in one transaction: rows with the same name
 * key as an existing signatory (or as a spelling a person merged before) fill its blank fields;
 * others are added. Every row keeps its provenance; rows of a file already imported are skipped.
 * Bad rows are reported by number and the good ones still import.
 */
export async function importSignatories(db: Database, request: SignatoryImportRequest): Promise<SignatoryImportSummary> {
  const grid = await readSpreadsheet(request.source, { sheet: request.sheet, delimiter: request.delimiter, includeHidden: request.includeHidden, fieldDefinitions: SIGNATORY_FIELDS, audience: request.audience });
  const plan = planSignatoryImport(grid, { overrides: request.overrides, mapping: request.mapping, firstRowIsHeader: request.firstRowIsHeader, audience: request.audience });
  const { records, errors } = mapSpreadsheetRows(plan.dataRows, plan.mapping);
  const countryMapped = plan.mapping.some((entry) => entry.field === 'country');
  const statusColumn = plan.mapping.find((entry) => entry.field === 'status');
  const answerTimeColumn = statusColumn ? findAnswerTimeColumn(plan) : null;
  const answerTimeOrder = answerTimeColumn?.order ?? null;
  const notes: string[] = [...grid.notes];
  const headerNote = headerGuessNote(plan, request.audience);
  if (headerNote) notes.push(headerNote);
  const unreadStatuses: number[] = [];
  const split = (request.splitNameCountry ?? true) && !countryMapped;
  const campaignAliases = readCampaignCountryAliases(db);

  const drafts: Draft[] = [];
  for (const record of records) {
    const values = record.values;
    let name = cleanDisplayName(values.name ?? '');
    const formula = record.uncalculated?.name;
    if (!name && formula) {
      errors.push({
        row: record.row,
        message: `row ${record.row}, column "${formula.header}": a formula with no saved value (${formula.formula.length > 60 ? `${formula.formula.slice(0, 60)}…` : formula.formula}), not a name; open the file in Excel or LibreOffice, save it, and import it again`,
      });
      continue;
    }
    if (!name) {
      errors.push({ row: record.row, message: `row ${record.row}: no organization name` });
      continue;
    }
    // With a status or consent column, only a yes confirms: a blank or unreadable answer is pending, a no declined.
    let status: SignatoryStatus | null = null;
    if (statusColumn) {
      status = values.status ? parseSignatoryStatus(values.status) : 'pending';
      if (!status) {
        unreadStatuses.push(record.row);
        status = 'pending';
      }
    }
    let country = values.country ? cleanDisplayName(values.country) : null;
    let countryCode = country ? resolveCountry(country, { acceptCodes: true, campaignAliases }) : null;
    let wasSplit = false;
    if (split && !country) {
      const parts = splitNameCountry(name, campaignAliases);
      if (parts) {
        name = parts.name;
        country = parts.country;
        countryCode = parts.countryCode;
        wasSplit = true;
      }
    }
    const problem = signatoryNameProblem(name);
    if (problem) {
      errors.push({ row: record.row, message: `row ${record.row}: ${problem}` });
      continue;
    }
    const parts = signatoryNameParts(name);
    const answeredAtText = answerTimeColumn && answerTimeOrder ? record.extra[answerTimeColumn.header] : undefined;
    drafts.push({
      row: record.row,
      name,
      key: parts.key,
      acronym: values.acronym ?? parts.acronym,
      country,
      countryCode,
      contactName: values.contactName ?? null,
      email: values.email ?? null,
      title: values.title ?? null,
      status,
      answeredAt: answeredAtText && answerTimeOrder ? parseAnswerTime(answeredAtText, answerTimeOrder) : null,
      extra: record.extra,
      values: { ...values, ...record.extra },
      wasSplit,
    });
  }

  const filledRows = drafts.length + errors.length;
  if (filledRows > 0 && errors.length * 2 > filledRows) {
    const nameHeader = plan.mapping.find((entry) => entry.field === 'name')?.header ?? 'the name column';
    const examples = errors.slice(0, 3).map((error) => error.message).join('; ');
    throw new UserError(
      `"${grid.fileName}" does not look like a list of organizations: ${errors.length} of ${filledRows} rows of "${nameHeader}" are not names (${examples}). ${capitalized(importHint('map-names', request.audience))}.`,
      { code: 'not-a-signatory-list' },
    );
  }
  if (!countryMapped && !drafts.some((draft) => draft.wasSplit)) {
    notes.push(`No country column was found, so no signatory has a country. If the letter lists countries, ${importHint('map-countries', request.audience)}.`);
  }
  if (statusColumn) notes.push(`Statuses read from "${statusColumn.header}": a yes confirms, a no declines (kept, never printed), a blank answer is pending.`);
  if (answerTimeColumn) {
    notes.push(
      answerTimeOrder
        ? `Answers are dated by "${answerTimeColumn.header}": when an organisation answered more than once, its latest answer counts.`
        : `The dates in "${answerTimeColumn.header}" read as well day-first as month-first, so they are not used: when an organisation answered more than once, the lower row counts as its later answer.`,
    );
  }
  if (unreadStatuses.length > 0) {
    notes.push(`${unreadStatuses.length} ${unreadStatuses.length === 1 ? 'answer' : 'answers'} in "${statusColumn!.header}" named no status and ${unreadStatuses.length === 1 ? 'was' : 'were'} kept as pending (row${unreadStatuses.length === 1 ? '' : 's'} ${unreadStatuses.slice(0, 10).join(', ')}${unreadStatuses.length > 10 ? '…' : ''}).`);
  }

  const summary = db.transaction((): SignatoryImportSummary => {
    const now = new Date().toISOString();
    const existingSource = db.prepare("SELECT id FROM signatory_sources WHERE kind = 'signatories' AND sha256 = ? ORDER BY id LIMIT 1").get(grid.sha256) as
      | { id: number }
      | undefined;
    const sourceId =
      existingSource?.id ??
      Number(
        db
          .prepare("INSERT INTO signatory_sources (kind, file_name, sha256, mapping, row_count, imported_at) VALUES ('signatories', ?, ?, ?, ?, ?)")
          .run(grid.fileName, grid.sha256, JSON.stringify({ headerRow: plan.headerRow, sheet: grid.sheetName, columns: plan.mapping, answerTime: storedAnswerTime(answerTimeColumn) }), drafts.length, now).lastInsertRowid,
      );
    const importedRows = new Set(
      (db.prepare('SELECT source_row FROM signatory_provenance WHERE source_id = ?').all(sourceId) as { source_row: number }[]).map((row) => row.source_row),
    );

    const byKey = new Map<string, SignatoryRow[]>();
    for (const row of readSignatoryRows(db)) {
      const list = byKey.get(row.name_key);
      if (list) list.push(row);
      else byKey.set(row.name_key, [row]);
    }
    // A spelling a person merged into another before goes straight to it.
    const mergedInto = new Map<string, string>();
    for (const [pair, decision] of readDuplicateDecisions(db)) {
      if (decision !== 'merged') continue;
      const [first, second] = pair.split('\u0000') as [string, string];
      if (!mergedInto.has(first)) mergedInto.set(first, second);
      if (!mergedInto.has(second)) mergedInto.set(second, first);
    }

    const insert = db.prepare(
      `INSERT INTO signatories (name, name_key, acronym, country, country_code, contact_name, email, title, status, withdrawn_at, extra, source_id, source_row, position, created_at, updated_at)
       VALUES (@name, @name_key, @acronym, @country, @country_code, @contact_name, @email, @title, @status, @withdrawn_at, @extra, @source_id, @source_row, @position, @created_at, @updated_at)`,
    );
    const insertProvenance = db.prepare('INSERT INTO signatory_provenance (signatory_id, source_id, source_row, row_values) VALUES (?, ?, ?, ?)');
    let position = nextSignatoryPosition(db);
    const answers = heldAnswers(db);
    const result: SignatoryImportSummary = {
      fileName: grid.fileName,
      sheetName: grid.sheetName,
      encoding: grid.encoding,
      sourceId,
      added: 0,
      merged: 0,
      suggested: 0,
      split: 0,
      alreadyImported: 0,
      errors,
      conflicts: [],
      nowDeclined: [],
      yesAfterNo: [],
      addedIds: [],
      statuses: { confirmed: 0, pending: 0, withdrawn: 0, declined: 0 },
      notes,
    };

    for (const draft of drafts) {
      if (importedRows.has(draft.row)) {
        result.alreadyImported += 1;
        continue;
      }
      if (draft.wasSplit) result.split += 1;
      result.statuses[draft.status ?? 'confirmed'] += 1;
      const candidates = [...(byKey.get(draft.key) ?? []), ...(byKey.get(mergedInto.get(draft.key) ?? '\u0000') ?? [])];
      const match = candidates.find((candidate) => !countriesConflict(candidate, draft));
      if (match) {
        const held = answers.of(match);
        const fingerprint = answerFingerprint(draft.values);
        // A row seen before (the same form exported again with more answers) is no new answer.
        const outcome = held.fingerprints.has(fingerprint) ? 'unchanged' : weighLaterAnswer({ status: match.status, time: held.time }, { status: draft.status, time: draft.answeredAt });
        mergeIntoExisting(db, match, draft, result, now, outcome === 'differs', answerTimeColumn?.header ?? null);
        if (outcome === 'declines') {
          result.nowDeclined.push({ signatoryId: match.id, name: match.name, row: draft.row, previousStatus: match.status });
          declineByLaterAnswer(db, match, draft, grid.fileName, answerTimeColumn?.header ?? null, now);
        } else if (outcome === 'asks-to-reconfirm') {
          result.yesAfterNo.push({ signatoryId: match.id, name: match.name, row: draft.row, previousStatus: match.status });
        }
        if (outcome !== 'earlier' && draft.answeredAt !== null) held.time = Math.max(held.time ?? draft.answeredAt, draft.answeredAt);
        held.fingerprints.add(fingerprint);
        insertProvenance.run(match.id, sourceId, draft.row, JSON.stringify(draft.values));
        result.merged += 1;
        continue;
      }
      const row: Omit<SignatoryRow, 'id'> = {
        name: draft.name,
        name_key: draft.key,
        acronym: draft.acronym,
        country: draft.country,
        country_code: draft.countryCode,
        contact_name: draft.contactName,
        email: draft.email,
        title: draft.title,
        status: draft.status ?? 'confirmed',
        withdrawn_at: draft.status === 'withdrawn' ? now.slice(0, 10) : null,
        withdrawn_reason: null,
        extra: JSON.stringify(draft.extra),
        source_id: sourceId,
        source_row: draft.row,
        position,
        created_at: now,
        updated_at: now,
      };
      const id = Number(insert.run(row).lastInsertRowid);
      position += 1;
      insertProvenance.run(id, sourceId, draft.row, JSON.stringify(draft.values));
      const created: SignatoryRow = { id, ...row };
      answers.created(created, draft.answeredAt, answerFingerprint(draft.values));
      const list = byKey.get(draft.key);
      if (list) list.push(created);
      else byKey.set(draft.key, [created]);
      result.added += 1;
      result.addedIds.push(id);
    }
    if (result.addedIds.length > 0) {
      const added = new Set(result.addedIds);
      result.suggested = computeSignatorySuggestions(db).filter((pair) => added.has(pair.firstId) || added.has(pair.secondId)).length;
    }
    return result;
  })();
  summary.errors.sort((a, b) => a.row - b.row);
  return summary;
}

/** How a source's answer times were read, kept with its mapping so a later import can weigh its answers. */
interface StoredAnswerTime {
  header: string;
  order: DayMonthOrder;
}

function storedAnswerTime(column: AnswerTimeColumn | null): StoredAnswerTime | null {
  return column?.order ? { header: column.header, order: column.order } : null;
}

/** A row's values in a fixed order: the same answer exported again gives the same text. */
function answerFingerprint(values: Record<string, string>): string {
  return JSON.stringify(Object.entries(values).sort(([first], [second]) => (first < second ? -1 : first > second ? 1 : 0)));
}

interface HeldAnswerRecord {
  /** The latest answer time any of its rows gave, null when none did. */
  time: number | null;
  fingerprints: Set<string>;
}

/** What each signatory answered before, read from its provenance the first time a row meets it. */
function heldAnswers(db: Database): { of: (signatory: SignatoryRow) => HeldAnswerRecord; created: (signatory: SignatoryRow, time: number | null, fingerprint: string) => void } {
  const held = new Map<number, HeldAnswerRecord>();
  const provenance = db.prepare('SELECT p.row_values AS rowValues, s.mapping AS mapping FROM signatory_provenance p JOIN signatory_sources s ON s.id = p.source_id WHERE p.signatory_id = ?');
  const answerTimes = new Map<string, StoredAnswerTime | null>();
  const answerTimeOf = (mapping: string): StoredAnswerTime | null => {
    if (!answerTimes.has(mapping)) answerTimes.set(mapping, (JSON.parse(mapping) as { answerTime?: StoredAnswerTime | null }).answerTime ?? null);
    return answerTimes.get(mapping)!;
  };
  return {
    of(signatory) {
      let record = held.get(signatory.id);
      if (!record) {
        record = { time: null, fingerprints: new Set() };
        for (const row of provenance.all(signatory.id) as { rowValues: string; mapping: string }[]) {
          const values = JSON.parse(row.rowValues) as Record<string, string>;
          record.fingerprints.add(answerFingerprint(values));
          const answerTime = answerTimeOf(row.mapping);
          const text = answerTime ? values[answerTime.header] : undefined;
          const time = answerTime && text ? parseAnswerTime(text, answerTime.order) : null;
          if (time !== null) record.time = Math.max(record.time ?? time, time);
        }
        held.set(signatory.id, record);
      }
      return record;
    },
    created(signatory, time, fingerprint) {
      held.set(signatory.id, { time, fingerprints: new Set([fingerprint]) });
    },
  };
}

/** A later "no": the signatory is declined, saying which file and row said so. */
function declineByLaterAnswer(db: Database, existing: SignatoryRow, draft: Draft, fileName: string, answerTimeHeader: string | null, now: string): void {
  const answeredText = answerTimeHeader ? draft.extra[answerTimeHeader] : undefined;
  const reason = `Answered no in "${fileName}", row ${draft.row}${answeredText ? ` (${answerTimeHeader} ${answeredText})` : ''}`;
  const date = (draft.answeredAt !== null ? new Date(draft.answeredAt).toISOString() : now).slice(0, 10);
  db.prepare("UPDATE signatories SET status = 'declined', withdrawn_at = ?, withdrawn_reason = ?, updated_at = ? WHERE id = ?").run(date, reason, now, existing.id);
  Object.assign(existing, { status: 'declined', withdrawn_at: date, withdrawn_reason: reason, updated_at: now });
}

/**
 * Fills the blank fields of an existing signatory from a row with the same key; filled ones are kept.
 * A different status is reported only when `noteStatus` (the later-answer rules decide the rest); the
 * answer time column differs from row to row and is never a conflict.
 */
function mergeIntoExisting(db: Database, existing: SignatoryRow, draft: Draft, summary: SignatoryImportSummary, now: string, noteStatus: boolean, answerTimeHeader: string | null): void {
  const changes: Partial<Record<string, string | null>> = {};
  const note = (field: string, kept: string, ignored: string): void => {
    if (kept.trim().toLowerCase() !== ignored.trim().toLowerCase()) summary.conflicts.push({ row: draft.row, signatoryId: existing.id, field, kept, ignored });
  };
  for (const [field, column] of FILLABLE) {
    const incoming = draft[field];
    if (!incoming) continue;
    const current = existing[column];
    if (current === null || current === '') changes[column] = incoming;
    else note(field, current, incoming);
  }
  if (draft.country) {
    if (!existing.country && !existing.country_code) {
      changes.country = draft.country;
      changes.country_code = draft.countryCode;
    } else if (!existing.country_code && draft.countryCode) {
      changes.country_code = draft.countryCode;
    }
  }
  if (noteStatus && draft.status && draft.status !== existing.status) note('status', existing.status, draft.status);
  const extra = JSON.parse(existing.extra) as Record<string, string>;
  let extraChanged = false;
  for (const [header, value] of Object.entries(draft.extra)) {
    if (extra[header] === undefined || extra[header] === '') {
      extra[header] = value;
      extraChanged = true;
    } else if (header !== answerTimeHeader) note(header, extra[header]!, value);
  }
  if (extraChanged) changes.extra = JSON.stringify(extra);
  const columns = Object.keys(changes);
  if (columns.length === 0) return;
  db.prepare(`UPDATE signatories SET ${columns.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now WHERE id = @id`).run({
    ...changes,
    now,
    id: existing.id,
  });
  Object.assign(existing, changes);
}
