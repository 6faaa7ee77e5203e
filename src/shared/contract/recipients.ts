import { z } from 'zod';
import { recipientChangeSchema } from '../merge/recipient-change';
import { recipientSchema } from '../model/recipient';
import { campaignRef } from './references';
import { columnMappingSchema, importPreviewSchema } from './spreadsheet-import';

const recipientFileSchema = campaignRef.extend({
  fileName: z.string().min(1).max(255),
  /** The spreadsheet's bytes, base64 (the renderer reads the file the user picked). */
  bytesBase64: z.string().max(30_000_000),
  sheet: z.string().max(200).optional(),
  /** The whole mapping chosen in the mapping step, by column; wins over the proposal and `overrides`. */
  mapping: z.array(columnMappingSchema).max(1000).optional(),
  /** When no header row is recognised: whether the first row is the header (the mapping step's answer); default a guess. */
  firstRowIsHeader: z.boolean().optional(),
  overrides: z.record(z.string().max(200), z.string().max(100).nullable()).optional(),
});

/** The recipients: lists (presets and imported files), each recipient's fields, who is included. */
export const RECIPIENT_CALLS = {
  'recipients.list': {
    input: campaignRef,
    output: z.object({
      lists: z.array(
        z.object({
          id: z.number().int(),
          name: z.string(),
          source: z.string(),
          createdAt: z.string(),
          count: z.number().int(),
          included: z.number().int(),
        }),
      ),
      recipients: z.array(recipientSchema),
      presets: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
    }),
  },
  'recipients.addPreset': {
    input: campaignRef.extend({ presetId: z.string().min(1).max(100) }),
    output: z.object({ listId: z.number().int(), name: z.string(), added: z.number().int(), replaced: z.number().int() }),
  },
  'recipients.update': {
    input: campaignRef.extend({ recipientId: z.number().int(), change: recipientChangeSchema }),
    output: recipientSchema,
  },
  'recipients.setIncluded': {
    input: campaignRef.extend({ recipientIds: z.array(z.number().int()).max(100_000), included: z.boolean() }),
    output: z.object({ updated: z.number().int() }),
  },
  'recipients.fill': {
    input: campaignRef.extend({
      recipientIds: z.array(z.number().int()).max(100_000),
      field: z.string().min(1).max(200),
      value: z.string().max(2000),
    }),
    output: z.object({ updated: z.number().int() }),
  },
  'recipients.removeList': { input: campaignRef.extend({ listId: z.number().int() }), output: z.object({ removed: z.boolean() }) },
  'recipients.previewImport': {
    input: recipientFileSchema,
    output: importPreviewSchema,
  },
  'recipients.import': {
    input: recipientFileSchema,
    output: z.object({
      fileName: z.string(),
      listId: z.number().int(),
      added: z.number().int(),
      unresolvedCountries: z.array(z.string()),
      errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
      /** Which field each column fed; null kept the column as an extra field. */
      mapping: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
    }),
  },
} as const;
