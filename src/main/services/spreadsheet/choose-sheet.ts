import { UserError } from '../../../shared/model/user-error';
import type { FieldDefinition } from './field-definition';
import { importHint, type ImportAudience } from './import-hint';
import type { XlsxSheet } from './read-xlsx-rows';
import { scoreSheetAsList } from './score-sheet-as-list';

/** A sheet of the workbook as the sheet picker shows it: why it reads, or not, as the list. */
export interface SheetAssessment {
  name: string;
  hidden: boolean;
  /** The score's reasons in words ("128 rows, header found: Organisation, Country"). */
  reason: string;
  /** The sheet that looks most like a list, the one read unless another is named. */
  best: boolean;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The sheet to read: the one named (`--sheet`, the app's sheet picker), or the visible sheet that
 * scores best as a list of the fields (first sheet on a tie, so an Instructions sheet before the
 * list is passed over). Notes say which sheet was read, which were not, and what was skipped.
 */
export function chooseSheet(
  sheets: readonly XlsxSheet[],
  fileName: string,
  options: { sheet?: string; fieldDefinitions?: readonly FieldDefinition[]; audience?: ImportAudience },
): { sheet: XlsxSheet; notes: string[]; assessments: SheetAssessment[] } {
  const definitions = options.fieldDefinitions;
  const scores = sheets.map((candidate) => {
    if (candidate.hidden) return { score: -1, reason: 'hidden in the workbook' };
    if (!candidate.rows.some((row) => row.cells.some((cell) => cell.trim() !== ''))) return { score: -1, reason: 'empty' };
    return definitions ? scoreSheetAsList(candidate.rows, definitions) : { score: 0, reason: plural(candidate.rows.length, 'row') };
  });
  let best: XlsxSheet | undefined;
  let bestScore = -1;
  sheets.forEach((candidate, index) => {
    if (scores[index]!.score > bestScore) {
      bestScore = scores[index]!.score;
      best = candidate;
    }
  });
  best ??= sheets.find((candidate) => !candidate.hidden) ?? sheets[0]!;
  let sheet: XlsxSheet | undefined = best;
  if (options.sheet !== undefined) {
    sheet = sheets.find((candidate) => candidate.name === options.sheet);
    if (!sheet) throw new UserError(`"${fileName}" has no sheet named "${options.sheet}" (its sheets: ${sheets.map((each) => each.name).join(', ')}).`, { code: 'unknown-sheet' });
  }
  const assessments = sheets.map((candidate, index) => ({ name: candidate.name, hidden: candidate.hidden, reason: scores[index]!.reason, best: candidate === best }));
  const notes: string[] = [];
  const others = sheets.filter((other) => other !== sheet).map((other) => `"${other.name}"${other.hidden ? ' (hidden)' : ''}`);
  notes.push(`Read sheet "${sheet.name}"${options.sheet === undefined && others.length > 0 ? ', the one that looks most like a list' : ''}.${others.length > 0 ? ` Not read: ${others.join(', ')}; ${importHint('choose-sheet', options.audience)}.` : ''}`);
  if (sheet.hiddenRows > 0 || sheet.hiddenColumns > 0) {
    const skipped = [sheet.hiddenRows > 0 ? plural(sheet.hiddenRows, 'hidden row') : '', sheet.hiddenColumns > 0 ? plural(sheet.hiddenColumns, 'hidden column') : ''].filter(Boolean).join(' and ');
    notes.push(`Skipped ${skipped}, as the sheet shows them (${importHint('include-hidden', options.audience)}).`);
  }
  if (sheet.formulaRowsWithoutValue.length > 0) {
    const rows = sheet.formulaRowsWithoutValue;
    notes.push(
      `${plural(rows.length, 'row')} (${rows.slice(0, 10).join(', ')}${rows.length > 10 ? '…' : ''}) hold formulas with no saved value, read as empty: open the file in Excel or LibreOffice and save it first.`,
    );
  }
  return { sheet, notes, assessments };
}
