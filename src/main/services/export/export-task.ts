import type { LetterIR } from '../../../shared/document/letter-ir';
import type { FontFamily } from '../../../shared/model/page-settings';
import type { LabelledLetter } from './letter-renderers';

export type OutputFormat = 'pdf' | 'docx';

/** One unit of work for an export worker: one letter in one or two formats, one combined file, or a preview's PDF bytes. */
export type ExportTask =
  | { kind: 'letter'; taskId: number; ir: LetterIR; outputs: { format: OutputFormat; path: string }[]; replace?: boolean }
  | { kind: 'combined'; taskId: number; letters: LabelledLetter[]; format: OutputFormat; path: string; replace?: boolean }
  /** A preview's PDF bytes, or an e-mail attachment's bytes in `format`. */
  | { kind: 'preview'; taskId: number; ir: LetterIR; format?: OutputFormat };

export type ExportTaskResult =
  /** `failed`: the files of the task that could not be written (a letter's DOCX after its PDF), each with the reason. */
  | { kind: 'done'; taskId: number; written: string[]; failed?: { path: string; message: string }[]; heapUsedBytes: number }
  | { kind: 'rendered'; taskId: number; bytes: Uint8Array }
  | { kind: 'failed'; taskId: number; message: string };

/** Sent to every export worker ahead of an export: the words in other scripts a campaign prints, so each worker parses their faces. */
export interface ExportWarmUp {
  kind: 'warm';
  words: string[];
  family: FontFamily;
}
