import { z } from 'zod';
import { letterNodeSchema } from '../document/letter-document';
import { pageSettingsSchema } from './page-settings';

export const letterSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  doc: letterNodeSchema,
  settings: pageSettingsSchema,
  updatedAt: z.string(),
});
export type Letter = z.infer<typeof letterSchema>;

export const TEMPLATE_KINDS = {
  'heads-of-state': 'Letter to heads of state',
  'regional-organizations': 'Letter to regional organizations',
  'states-parties': 'Joint letter to States Parties',
  'open-letter': 'Open letter',
  'policy-brief': 'Recommendations paper',
  user: 'Your template',
} as const;

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  description: z.string(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

/** A template file in resources/templates or the user's templates folder. */
export const letterTemplateSchema = templateSummarySchema.extend({
  title: z.string(),
  doc: letterNodeSchema,
  settings: pageSettingsSchema,
});
export type LetterTemplate = z.infer<typeof letterTemplateSchema>;
