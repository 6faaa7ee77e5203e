import type { SpreadsheetImportPlan } from './plan-spreadsheet-import';

const PREVIEW_ROWS = 20;

/** What the mapping step shows of a plan: its first rows below the header (one cell per header, cut at 500 characters) and how many rows hold a value. */
export function previewPlanRows(plan: SpreadsheetImportPlan): { rows: { row: number; cells: string[] }[]; rowCount: number } {
  return {
    rows: plan.dataRows
      .slice(0, PREVIEW_ROWS)
      .map(({ row, cells }) => ({ row, cells: plan.headers.map((_, column) => (cells[column] ?? '').slice(0, 500)) })),
    rowCount: plan.dataRows.filter((row) => row.cells.some((cell) => cell.trim() !== '')).length,
  };
}
