import type { LetterIR } from '../../../shared/document/letter-ir';
import type { LabelledLetter } from './letter-renderers';

export type OutputFormat = 'pdf' | 'docx';

/** One unit of work for an export worker: one letter in one or two formats, one combined file, or a preview's PDF bytes. */
export type ExportTask =
  | { kind: 'letter'; taskId: number; ir: LetterIR; outputs: { format: OutputFormat; path: string }[] }
  | { kind: 'combined'; taskId: number; letters: LabelledLetter[]; format: OutputFormat; path: string }
  /** A preview's PDF bytes, or an e-mail attachment's bytes in `format`. */
  | { kind: 'preview'; taskId: number; ir: LetterIR; format?: OutputFormat };

export type ExportTaskResult =
  | { kind: 'done'; taskId: number; written: string[]; heapUsedBytes: number }
  | { kind: 'rendered'; taskId: number; bytes: Uint8Array }
  | { kind: 'failed'; taskId: number; message: string };
