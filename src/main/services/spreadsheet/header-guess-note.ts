import { importHint, type ImportAudience } from './import-hint';
import type { SpreadsheetImportPlan } from './plan-spreadsheet-import';

/** The import note that says how a first row was read when no header was recognised, or null when one was. */
export function headerGuessNote(plan: SpreadsheetImportPlan, audience: ImportAudience = 'app'): string | null {
  if (plan.headerRecognised) return null;
  const read =
    plan.headerRow !== null
      ? `row ${plan.headerRow} (${plan.headers.map((header) => `"${header}"`).join(', ')}) was read as the column titles and not imported`
      : 'every row was read as data';
  return `No column title was recognised, so ${read}; ${importHint('first-row', audience)}.`;
}
