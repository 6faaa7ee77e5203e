import type { ExportSummary } from '../main/services/export/run-export-job';
import type { CommandIo } from './command';

const SHOWN_REASONS = 3;

/**
 * Says on stderr how many files were not written and the first reasons, and whether the campaign could not record
 * the export (a full disk); returns whether anything failed (exit 1).
 */
export function reportExportFailures(
  io: CommandIo,
  command: string,
  summary: Pick<ExportSummary, 'failures' | 'exportId' | 'warnings'>,
): boolean {
  const { failures } = summary;
  if (failures.length > 0) {
    io.stderr(`undersigned ${command}: ${failures.length} file${failures.length === 1 ? ' was' : 's were'} not written:\n`);
    for (const failure of failures.slice(0, SHOWN_REASONS))
      io.stderr(`  ${failure.letter}: ${failure.file ? `"${failure.file}": ` : ''}${failure.reason}\n`);
    if (failures.length > SHOWN_REASONS) io.stderr(`  and ${failures.length - SHOWN_REASONS} more.\n`);
  }
  if (summary.exportId === null) {
    for (const warning of summary.warnings)
      if (warning.startsWith('This export was not recorded')) io.stderr(`undersigned ${command}: ${warning}\n`);
  }
  return failures.length > 0 || summary.exportId === null;
}
