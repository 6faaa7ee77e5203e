import { z } from 'zod';
import { SIGNATORY_STATUSES } from '../document/nodes';
import { signatorySchema } from '../model/signatory';
import { SUGGESTION_REASONS, type SuggestionReason } from '../signatories/suggestion-reasons';
import { campaignRef } from './references';
import { columnMappingSchema, importPreviewSchema } from './spreadsheet-import';

/** Spreadsheet files cross the bridge as bytes, never as paths; main refuses anything over 20 MB with a message. */
export const SPREADSHEET_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

export const spreadsheetUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64 (pasted text is sent as a UTF-8 ".tsv" file). */
  base64: z
    .string()
    .max(Math.ceil(((SPREADSHEET_UPLOAD_MAX_BYTES + 1024) * 4) / 3))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
});

const importOptionsSchema = campaignRef.extend({
  file: spreadsheetUploadSchema,
  sheet: z.string().max(200).optional(),
  mapping: z.array(columnMappingSchema).max(1000).optional(),
  /** When no header row is recognised: whether the first row is the header (the mapping step's answer); default a guess. */
  firstRowIsHeader: z.boolean().optional(),
  splitNameCountry: z.boolean().optional(),
});

const rowErrorSchema = z.object({ row: z.number().int(), message: z.string() });

const laterAnswerSchema = z.object({ signatoryId: z.number().int(), name: z.string(), row: z.number().int(), previousStatus: z.enum(SIGNATORY_STATUSES) });

const provenanceSchema = z.object({
  sourceId: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  importedAt: z.string(),
  row: z.number().int(),
  values: z.record(z.string(), z.string()),
});

const reviewedSignatorySchema = signatorySchema.extend({ provenance: z.array(provenanceSchema) });

const signatoryChangeSchema = z.object({
  name: z.string().max(1000).optional(),
  acronym: z.string().max(200).nullable().optional(),
  country: z.string().max(200).nullable().optional(),
  countryCode: z.string().regex(/^[A-Za-z]{2}$/).nullable().optional(),
  contactName: z.string().max(500).nullable().optional(),
  email: z.string().max(500).nullable().optional(),
  title: z.string().max(500).nullable().optional(),
  extra: z.record(z.string().max(500), z.string().max(10_000)).optional(),
});

const idsSchema = z.array(z.number().int()).min(1).max(200_000);

/** The `signatories.*` calls of the contract, gathered with the other domains in src/shared/contract.ts. */
export const SIGNATORY_CALLS = {
  'signatories.list': {
    input: campaignRef,
    output: z.object({
      signatories: z.array(signatorySchema),
      sources: z.array(z.object({ id: z.number().int(), fileName: z.string(), sha256: z.string(), importedAt: z.string(), rowCount: z.number().int() })),
      unknownCountries: z.array(z.object({ country: z.string(), count: z.number().int() })),
      suggestedIds: z.array(z.number().int()),
      suggestionCount: z.number().int(),
    }),
  },
  'signatories.previewImport': {
    input: importOptionsSchema,
    output: importPreviewSchema.extend({
      headers: z.array(z.string()),
      fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean().optional() })),
      /** Rows whose name cell ends with a country in parentheses, when no country column is mapped. */
      splittable: z.number().int(),
    }),
  },
  'signatories.import': {
    input: importOptionsSchema,
    output: z.object({
      fileName: z.string(),
      added: z.number().int(),
      merged: z.number().int(),
      suggested: z.number().int(),
      split: z.number().int(),
      alreadyImported: z.number().int(),
      errors: z.array(rowErrorSchema),
      conflicts: z.array(z.object({ row: z.number().int(), signatoryId: z.number().int(), field: z.string(), kept: z.string(), ignored: z.string() })),
      /** Organisations a later "no" declined (applied), and those that said yes after a no (a person confirms them). */
      nowDeclined: z.array(laterAnswerSchema),
      yesAfterNo: z.array(laterAnswerSchema),
      statuses: z.record(z.enum(SIGNATORY_STATUSES), z.number().int()),
      notes: z.array(z.string()),
    }),
  },
  'signatories.add': {
    input: campaignRef.extend({ name: z.string().trim().min(1).max(1000), country: z.string().max(200).nullable().optional(), status: z.enum(SIGNATORY_STATUSES).optional() }),
    output: signatorySchema,
  },
  'signatories.update': { input: campaignRef.extend({ id: z.number().int(), change: signatoryChangeSchema }), output: signatorySchema },
  'signatories.setStatus': {
    input: campaignRef.extend({
      ids: idsSchema,
      status: z.enum(SIGNATORY_STATUSES),
      reason: z.string().max(2000).nullable().optional(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    }),
    output: z.object({ updated: z.number().int() }),
  },
  'signatories.delete': { input: campaignRef.extend({ ids: idsSchema }), output: z.object({ deleted: z.number().int(), undoToken: z.string() }) },
  'signatories.restore': { input: campaignRef.extend({ undoToken: z.string().min(1).max(100) }), output: z.object({ restored: z.number().int() }) },
  'signatories.suggestions': {
    input: campaignRef,
    output: z.object({
      total: z.number().int(),
      suggestions: z.array(
        z.object({
          reason: z.enum(Object.keys(SUGGESTION_REASONS) as [SuggestionReason, ...SuggestionReason[]]),
          reasonLabel: z.string(),
          first: reviewedSignatorySchema,
          second: reviewedSignatorySchema,
        }),
      ),
    }),
  },
  'signatories.resolveSuggestion': {
    input: campaignRef.extend({
      resolution: z.discriminatedUnion('decision', [
        z.object({ decision: z.literal('distinct'), firstId: z.number().int(), secondId: z.number().int() }),
        z.object({ decision: z.literal('merge'), firstId: z.number().int(), secondId: z.number().int(), keepId: z.number().int(), name: z.string().max(1000).optional() }),
      ]),
    }),
    output: z.object({ signatory: signatorySchema.nullable(), undoToken: z.string().nullable() }),
  },
  'signatories.fixCountry': {
    input: campaignRef.extend({ country: z.string().min(1).max(200), countryCode: z.string().regex(/^[A-Za-z]{2}$/) }),
    output: z.object({ updated: z.number().int() }),
  },
  'signatories.export': {
    input: campaignRef.extend({ format: z.enum(['csv', 'xlsx']), statuses: z.array(z.enum(SIGNATORY_STATUSES)).min(1).optional() }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
} as const;
