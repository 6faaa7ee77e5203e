import { z } from 'zod';

/** Which field a spreadsheet column feeds; null keeps it as an extra field under its header. */
export const columnMappingSchema = z.object({
  column: z.number().int().min(0).max(1000),
  header: z.string().max(1000),
  field: z.string().max(100).nullable(),
});

/** What the mapping step shows of any list being imported; each domain's preview extends it. */
export const importPreviewSchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'ods']),
  encoding: z.string().nullable(),
  sheetName: z.string().nullable(),
  sheetNames: z.array(z.string()),
  /** Every sheet, with the reasons it was or was not picked in words, and the one that looks most like the list. */
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean(), reason: z.string(), best: z.boolean() })),
  headerRow: z.number().int().nullable(),
  /** False when no row named a field: the mapping step asks whether the first row is the header (headerRow says what was read). */
  headerRecognised: z.boolean(),
  mapping: z.array(columnMappingSchema),
  fields: z.array(z.object({ field: z.string(), label: z.string() })),
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  rowCount: z.number().int(),
  /** Country cells no country is known by (in all rows). */
  unknownCountries: z.array(z.string()),
  notes: z.array(z.string()),
});
