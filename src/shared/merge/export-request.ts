import { z } from 'zod';

export const EXPORT_FORMATS = ['pdf', 'docx', 'both'] as const;
export type ExportFormatChoice = (typeof EXPORT_FORMATS)[number];
export const DEFAULT_NAME_PATTERN = '{recipient.organization} - {date}';

/** What the user chose on the Export screen or on the command line. */
export const exportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** One file per recipient. */
  perRecipient: z.boolean(),
  /** One file with every letter, each starting on a new page. */
  combined: z.boolean(),
  namePattern: z.string().trim().min(1).max(300),
  /** "Export anyway": unresolved fields are written as visibly marked labels. */
  force: z.boolean(),
  /** Replace files of the same name already in the folder; otherwise a new name ("Name (2).pdf") is taken. */
  overwrite: z.boolean().optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Where an export job stands; polled by the renderer while it runs. */
export const exportProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Letters finished, of `total`. */
  done: z.number().int(),
  total: z.number().int(),
  /** The recipient whose letter is being written. */
  current: z.string(),
  folder: z.string(),
  /** File names written, relative to the folder: filled in once the job has ended. */
  files: z.array(z.string()),
  warnings: z.array(z.string()),
  /** Files planned and not written, with the reason (a full disk, a name taken meanwhile): filled in once the job has ended. */
  failures: z.array(z.object({ letter: z.string(), file: z.string().nullable(), reason: z.string() })),
  error: z.string().nullable(),
  elapsedMs: z.number(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;
