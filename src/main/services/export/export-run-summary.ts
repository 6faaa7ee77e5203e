import { basename } from 'node:path';
import type { ExportRequest } from '../../../shared/merge/export-request';

export const RUN_SUMMARY_FILE_NAME = 'Export summary.txt';

const FORMAT_NAMES: Record<ExportRequest['format'], string> = { pdf: 'PDF', docx: 'Word (DOCX)', both: 'PDF and Word (DOCX)' };

export interface ExportRunSummaryInput {
  campaignName: string;
  startedAt: Date;
  endedAt: Date;
  request: ExportRequest;
  state: 'done' | 'cancelled' | 'failed';
  /** Letters planned and letters that are in a written file. */
  letters: number;
  lettersWritten: number;
  /** Full paths of the files written, each with the letter (recipient) it holds. */
  files: readonly { path: string; letter: string }[];
  warnings: readonly string[];
}

/** The text of the summary kept in a run's folder: what was asked, how it ended, each file written and every warning. */
export function exportRunSummary(input: ExportRunSummaryInput): string {
  const { request } = input;
  const outcome =
    input.state === 'cancelled'
      ? `Cancelled after ${input.lettersWritten} of ${input.letters} letters; only the files below were written, each complete.`
      : input.state === 'failed'
        ? 'Failed: nothing usable was written.'
        : `Finished: ${input.lettersWritten} of ${input.letters} letters written.`;
  const lines = [
    `Export of "${input.campaignName}"`,
    `Started: ${input.startedAt.toISOString()}`,
    `Ended: ${input.endedAt.toISOString()}`,
    outcome,
    `Format: ${FORMAT_NAMES[request.format]}; ${[request.perRecipient ? 'one file per recipient' : '', request.combined ? 'one combined file' : ''].filter(Boolean).join(' and ')}; file names "${request.namePattern}"${request.force ? '; exported with unresolved fields marked' : ''}`,
    '',
    `Files (${input.files.length}):`,
    ...input.files.map((file) => `  ${basename(file.path)}\t${file.letter}`),
  ];
  if (input.warnings.length > 0) lines.push('', 'Warnings:', ...input.warnings.map((warning) => `  ${warning}`));
  return `${lines.join('\n')}\n`;
}
