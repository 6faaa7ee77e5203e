import { foldHeaderText } from '../spreadsheet/fold-header-text';
import type { SpreadsheetImportPlan } from '../spreadsheet/plan-spreadsheet-import';
import { parseAnswerTime, type DayMonthOrder } from './parse-answer-time';

/** The column that says when each answer was given, and how its dates read. */
export interface AnswerTimeColumn {
  column: number;
  header: string;
  /** How the column's numeric dates read; null when every one of them could be read either way. */
  order: DayMonthOrder | null;
}

/** Headers forms and sign-on sheets give the time of an answer, best first (Google Forms, Microsoft Forms, by hand). */
const ANSWER_TIME_HEADERS = [
  'Timestamp', 'Time stamp', 'Completion time', 'Submitted at', 'Submitted on', 'Submitted', 'Submission date', 'Submission time', 'Date submitted',
  'Response date', 'Date of response', 'Answered at', 'Horodateur', 'Horodatage', 'Date de réponse', 'Marca temporal', 'Marca de tiempo',
  'Fecha de respuesta', 'Zeitstempel', 'Antwortdatum', 'Carimbo de data/hora', 'Carimbo de data e hora', 'Informazioni cronologiche',
  'Date', 'Fecha', 'Datum', 'Data',
].map(foldHeaderText);

/** A column is read as answer times when nearly all its filled cells are dates. */
const DATE_SHARE = 0.9;

/**
 * The column holding when each row was answered ("Timestamp", "Horodateur", "Completion time"), among
 * the columns no field took, when nearly all its cells are dates. Its day/month order is the one
 * that reads every cell (13/02 can only be day-first); null if both do and give other dates.
 */
export function findAnswerTimeColumn(plan: SpreadsheetImportPlan): AnswerTimeColumn | null {
  const candidates = plan.mapping
    .filter((entry) => entry.field === null && ANSWER_TIME_HEADERS.includes(foldHeaderText(entry.header)))
    .sort((first, second) => ANSWER_TIME_HEADERS.indexOf(foldHeaderText(first.header)) - ANSWER_TIME_HEADERS.indexOf(foldHeaderText(second.header)));
  for (const entry of candidates) {
    const filled = plan.dataRows.map((row) => (row.cells[entry.column] ?? '').trim()).filter(Boolean);
    if (filled.length === 0) continue;
    const dayFirst = filled.map((cell) => parseAnswerTime(cell, 'day-first'));
    const monthFirst = filled.map((cell) => parseAnswerTime(cell, 'month-first'));
    const readDayFirst = dayFirst.filter((time) => time !== null).length;
    const readMonthFirst = monthFirst.filter((time) => time !== null).length;
    if (Math.max(readDayFirst, readMonthFirst) < filled.length * DATE_SHARE) continue;
    const differ = dayFirst.some((time, index) => time !== monthFirst[index]);
    const order: DayMonthOrder | null = !differ || readDayFirst > readMonthFirst ? 'day-first' : readMonthFirst > readDayFirst ? 'month-first' : null;
    return { column: entry.column, header: entry.header, order };
  }
  return null;
}
