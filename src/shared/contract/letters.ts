import { z } from 'zod';
import { pageSettingsSchema } from '../model/page-settings';
import { letterSchema, templateSummarySchema } from '../model/letter';
import { campaignStateSchema } from '../model/campaign';
import { letterNodeSchema } from '../document/letter-document';
import { campaignRef } from './references';
const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(((maxBytes + 1024) * 4) / 3))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

const versionSummarySchema = z.object({ id: z.number().int(), name: z.string(), createdAt: z.string() });

/** The letter and the editor: the letter itself, versions, user templates, .docx import, letterhead images. */
export const LETTER_CALLS = {
  'letter.get': { input: campaignRef, output: letterSchema },
  'letter.save': {
    input: campaignRef.extend({ doc: letterNodeSchema, settings: pageSettingsSchema, title: z.string().trim().min(1).max(200).optional() }),
    output: z.object({ savedAt: z.string() }),
  },
  'versions.list': { input: campaignRef, output: z.array(versionSummarySchema) },
  'versions.save': { input: campaignRef.extend({ name: z.string().trim().min(1).max(200) }), output: versionSummarySchema },
  'versions.get': {
    input: campaignRef.extend({ versionId: z.number().int() }),
    output: versionSummarySchema.extend({ doc: letterNodeSchema, settings: pageSettingsSchema }),
  },
  'versions.restore': {
    input: campaignRef.extend({ versionId: z.number().int() }),
    output: z.object({ restored: versionSummarySchema, keptAs: versionSummarySchema }),
  },
  'templates.saveUser': {
    input: campaignRef.extend({ name: z.string().trim().min(1).max(120), description: z.string().max(300) }),
    output: templateSummarySchema,
  },
  'letter.importDocx': {
    input: campaignRef.extend({ fileName: z.string().trim().min(1).max(255), base64: base64(30 * 1024 * 1024) }),
    output: z.object({ doc: letterNodeSchema, notKept: z.array(z.string()), keptAs: versionSummarySchema }),
  },
  'campaign.createFromDocx': {
    input: z.object({
      title: z.string().trim().min(1).max(200),
      fileName: z.string().trim().min(1).max(255),
      base64: base64(30 * 1024 * 1024),
    }),
    output: z.object({ campaign: campaignStateSchema.nullable(), notKept: z.array(z.string()) }),
  },
  'assets.addLogo': {
    input: campaignRef.extend({ fileName: z.string().trim().min(1).max(255), base64: base64(2 * 1024 * 1024) }),
    output: z.object({ assetId: z.number().int(), mime: z.string() }),
  },
  'assets.get': {
    input: campaignRef.extend({ assetId: z.number().int() }),
    output: z.object({ name: z.string(), mime: z.string(), base64: z.string() }),
  },
} as const;
