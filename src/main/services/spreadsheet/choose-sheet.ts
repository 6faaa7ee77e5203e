import { UserError } from '../../../shared/model/user-error';
import type { FieldDefinition } from './field-definition';
import { importHint, type ImportAudience } from './import-hint';
import type { XlsxSheet } from './read-xlsx-rows';
import { scoreSheetAsList } from './score-sheet-as-list';

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
): { sheet: XlsxSheet; notes: string[] } {
  let sheet: XlsxSheet | undefined;
  if (options.sheet !== undefined) {
    sheet = sheets.find((candidate) => candidate.name === options.sheet);
    if (!sheet) throw new UserError(`"${fileName}" has no sheet named "${options.sheet}" (its sheets: ${sheets.map((each) => each.name).join(', ')}).`, { code: 'unknown-sheet' });
  } else {
    const filled = sheets.filter((candidate) => !candidate.hidden && candidate.rows.some((row) => row.cells.some((cell) => cell.trim() !== '')));
    const definitions = options.fieldDefinitions;
    let bestScore = -1;
    for (const candidate of filled) {
      const score = definitions ? scoreSheetAsList(candidate.rows, definitions) : 0;
      if (score > bestScore) {
        bestScore = score;
        sheet = candidate;
      }
    }
    sheet ??= sheets.find((candidate) => !candidate.hidden) ?? sheets[0]!;
  }
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
  return { sheet, notes };
}
