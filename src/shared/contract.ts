import { z } from 'zod';
import { campaignEntrySchema, campaignStateSchema } from './model/campaign';
import { letterSchema, templateSummarySchema } from './model/letter';
import { letterNodeSchema } from './document/letter-document';
import { pageSettingsSchema } from './model/page-settings';
import { checkReportSchema } from './merge/check-report';
import { exportProgressSchema, exportRequestSchema } from './merge/export-request';
import { recipientChangeSchema } from './merge/recipient-change';
import { recipientSchema } from './model/recipient';
import { SIGNATORY_CALLS } from './signatories/signatory-calls';
import { LETTER_CALLS } from './document/letter-calls';
import { DELIVERY_CALLS } from './deliveries/delivery-calls';

function call<Input extends z.ZodType, Output extends z.ZodType>(input: Input, output: Output) {
  return { input, output };
}

const campaignRef = z.object({ campaignId: z.string().min(1).max(100) });

/**
 * The one API list. Every call that crosses the bridge (Electron IPC or the web bridge) is here,
 * named `domain.action`, with the schema its input is parsed with and the schema of its output.
 */
export const contract = {
  'app.info': call(z.object({}), z.object({ version: z.string(), mode: z.enum(['electron', 'web']) })),

  'templates.list': call(z.object({}), z.array(templateSummarySchema)),

  'campaigns.list': call(z.object({}), z.array(campaignEntrySchema)),
  'campaign.create': call(
    z.object({ templateId: z.string().min(1).max(100), title: z.string().trim().min(1).max(200) }),
    campaignStateSchema.nullable(),
  ),
  'campaign.open': call(z.object({ entryId: z.string().min(1).max(200).optional() }), campaignStateSchema.nullable()),
  'campaign.state': call(campaignRef, campaignStateSchema),
  'campaign.close': call(campaignRef, z.object({ closed: z.boolean() })),
  'campaign.rename': call(campaignRef.extend({ name: z.string().trim().min(1).max(200) }), campaignStateSchema),

  'letter.get': call(campaignRef, letterSchema),
  'letter.save': call(
    campaignRef.extend({ doc: letterNodeSchema, settings: pageSettingsSchema, title: z.string().trim().min(1).max(200).optional() }),
    z.object({ savedAt: z.string() }),
  ),

  'recipients.list': call(
    campaignRef,
    z.object({
      lists: z.array(z.object({ id: z.number().int(), name: z.string(), source: z.string(), createdAt: z.string(), count: z.number().int(), included: z.number().int() })),
      recipients: z.array(recipientSchema),
      presets: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
    }),
  ),
  'recipients.addPreset': call(
    campaignRef.extend({ presetId: z.string().min(1).max(100) }),
    z.object({ listId: z.number().int(), name: z.string(), added: z.number().int(), replaced: z.number().int() }),
  ),
  'recipients.update': call(
    campaignRef.extend({ recipientId: z.number().int(), change: recipientChangeSchema }),
    recipientSchema,
  ),
  'recipients.setIncluded': call(
    campaignRef.extend({ recipientIds: z.array(z.number().int()).max(100_000), included: z.boolean() }),
    z.object({ updated: z.number().int() }),
  ),
  'recipients.fill': call(
    campaignRef.extend({ recipientIds: z.array(z.number().int()).max(100_000), field: z.string().min(1).max(200), value: z.string().max(2000) }),
    z.object({ updated: z.number().int() }),
  ),
  'recipients.removeList': call(campaignRef.extend({ listId: z.number().int() }), z.object({ removed: z.boolean() })),
  'recipients.import': call(
    campaignRef.extend({
      fileName: z.string().min(1).max(255),
      /** The spreadsheet's bytes, base64 (the renderer reads the file the user picked). */
      bytesBase64: z.string().max(30_000_000),
      overrides: z.record(z.string().max(200), z.string().max(100).nullable()).optional(),
    }),
    z.object({
      fileName: z.string(),
      listId: z.number().int(),
      added: z.number().int(),
      unresolvedCountries: z.array(z.string()),
      errors: z.array(z.object({ row: z.number().int(), message: z.string() })),
      /** Which field each column fed; null kept the column as an extra field. */
      mapping: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
    }),
  ),

  'campaign.check': call(campaignRef, checkReportSchema),
  'preview.render': call(
    campaignRef.extend({ recipientId: z.number().int().nullable() }),
    z.object({
      /** The exact PDF the recipient would receive, base64. */
      pdfBase64: z.string(),
      recipient: z.string().nullable(),
      unresolved: z.array(z.object({ field: z.string(), label: z.string() })),
      warnings: z.array(z.string()),
    }),
  ),
  'export.start': call(
    campaignRef.extend({ request: exportRequestSchema }),
    z.object({ jobId: z.string().nullable(), folder: z.string().nullable() }),
  ),
  'export.progress': call(z.object({ jobId: z.string().min(1).max(100) }), exportProgressSchema),
  'export.cancel': call(z.object({ jobId: z.string().min(1).max(100) }), z.object({ cancelled: z.boolean() })),
  'export.openFolder': call(z.object({ jobId: z.string().min(1).max(100) }), z.object({ opened: z.boolean(), folder: z.string() })),

  ...SIGNATORY_CALLS,
  ...LETTER_CALLS,
  ...DELIVERY_CALLS,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<Name extends CallName> = z.input<Contract[Name]['input']>;
export type CallOutput<Name extends CallName> = z.output<Contract[Name]['output']>;

/** The typed API both transports implement: `api['letter.save']({ ... })`. */
export type Api = { [Name in CallName]: (input: CallInput<Name>) => Promise<CallOutput<Name>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}

/** What crosses the bridge: a value, or an error the other side can show. */
export type CallResult<Value> = { ok: true; value: Value } | { ok: false; error: CallError };

export const CALL_ERROR_CODES = {
  badInput: 'bad-input',
  unknownCall: 'unknown-call',
  user: 'user-error',
  internal: 'internal',
} as const;

export interface CallError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}
