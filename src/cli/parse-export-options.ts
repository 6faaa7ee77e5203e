import { resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormatChoice } from '../shared/merge/export-request';
import { UsageError, type Command } from './command';

/** The options of every command that writes letters into a folder (export, addendum). */
export const EXPORT_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
} as const satisfies Command['options'];

/** --format and --out, checked: the format chosen and the output folder as an absolute path. */
export function parseExportOptions(values: Parameters<Command['run']>[0]['values']): { format: ExportFormatChoice; folder: string } {
  const format = values.format;
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError('--format must be pdf, docx or both');
  if (typeof values.out !== 'string' || values.out.trim() === '') throw new UsageError('--out <dir> is required');
  return { format: format as ExportFormatChoice, folder: resolve(values.out) };
}
