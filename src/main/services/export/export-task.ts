import type { LetterIR } from '../../../shared/document/letter-ir';
import type { LabelledLetter } from './letter-renderers';

export type OutputFormat = 'pdf' | 'docx';

/** One unit of work for an export worker: one letter in one or two formats, or one combined file. */
export type ExportTask =
  | { kind: 'letter'; taskId: number; ir: LetterIR; outputs: { format: OutputFormat; path: string }[] }
  | { kind: 'combined'; taskId: number; letters: LabelledLetter[]; format: OutputFormat; path: string };

export type ExportTaskResult =
  { kind: 'done'; taskId: number; written: string[]; heapUsedBytes: number } | { kind: 'failed'; taskId: number; message: string };
