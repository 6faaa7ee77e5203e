import type { SpreadsheetGrid } from '../spreadsheet/spreadsheet-grid';
import { foldHeaderText } from '../spreadsheet/fold-header-text';
import { planSpreadsheetImport, type PlanOptions, type SpreadsheetImportPlan } from '../spreadsheet/plan-spreadsheet-import';
import { parseSignatoryStatus } from './parse-signatory-status';
import { SIGNATORY_FIELDS } from './signatory-fields';

/** Word beginnings of a consent question in en/fr/es/de/pt/it ("Do you agree to sign?", "Acceptez-vous de signer ?"). */
const CONSENT_STEMS = [
  'agree', 'consent', 'sign', 'endors', 'support', 'join', 'approv', 'confirm', 'accept',
  'accord', 'signer', 'signez', 'adher', 'appui', 'soutien', 'souten',
  'firm', 'acuerdo', 'adhes', 'respald', 'apoy', 'acept',
  'unterzeichn', 'unterschr', 'zustimm', 'einverst', 'mitzeichn', 'unterstutz', 'bestatig',
  'assin', 'concord', 'ader', 'apoi', 'aceit',
  'firmare', 'aderi', 'sottoscri', 'approva', 'consenso',
];

/** A column is read as consent answers when most of its filled cells are answers. */
const ANSWER_SHARE = 0.6;

function isConsentHeader(header: string): boolean {
  return foldHeaderText(header)
    .split(' ')
    .some((word) => CONSENT_STEMS.some((stem) => word.startsWith(stem)));
}

/**
 * The signatory import plan: the spreadsheet plan (headers in en/fr/es/de/pt/it), and, when no
 * status column is named as such, a consent question ("Do you agree to sign?", "Zustimmung")
 * whose cells are mostly yes/no answers becomes the status column.
 */
export function planSignatoryImport(grid: SpreadsheetGrid, options: PlanOptions = {}): SpreadsheetImportPlan {
  const plan = planSpreadsheetImport(grid, SIGNATORY_FIELDS, options);
  if (options.mapping || plan.mapping.some((entry) => entry.field === 'status')) return plan;
  const explicitlyExtra = new Set(Object.entries(options.overrides ?? {}).filter(([, field]) => field === null).map(([header]) => foldHeaderText(header)));
  for (const entry of plan.mapping) {
    if (entry.field !== null || plan.headerRow === null || explicitlyExtra.has(foldHeaderText(entry.header)) || !isConsentHeader(entry.header)) continue;
    const filled = plan.dataRows.map((row) => (row.cells[entry.column] ?? '').trim()).filter(Boolean);
    if (filled.length === 0) continue;
    const answers = filled.filter((cell) => parseSignatoryStatus(cell) !== null).length;
    if (answers >= filled.length * ANSWER_SHARE) {
      entry.field = 'status';
      break;
    }
  }
  return plan;
}
