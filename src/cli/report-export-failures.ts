import type { ExportFailure } from '../main/services/export/run-export-job';
import type { CommandIo } from './command';

const SHOWN_REASONS = 3;

/** Says on stderr how many files were not written and the first reasons; returns whether any failed (exit 1). */
export function reportExportFailures(io: CommandIo, command: string, failures: readonly ExportFailure[]): boolean {
  if (failures.length === 0) return false;
  io.stderr(`undersigned ${command}: ${failures.length} file${failures.length === 1 ? ' was' : 's were'} not written:\n`);
  for (const failure of failures.slice(0, SHOWN_REASONS)) io.stderr(`  ${failure.letter}: ${failure.file ? `"${failure.file}": ` : ''}${failure.reason}\n`);
  if (failures.length > SHOWN_REASONS) io.stderr(`  and ${failures.length - SHOWN_REASONS} more.\n`);
  return true;
}
