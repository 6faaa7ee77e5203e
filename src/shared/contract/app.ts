import { z } from 'zod';
import { templateSummarySchema } from '../model/letter';

/** About the app itself, and the letter templates a new campaign starts from. */
export const APP_CALLS = {
  'app.info': { input: z.object({}), output: z.object({ version: z.string(), mode: z.enum(['electron', 'web']) }) },
  'templates.list': { input: z.object({}), output: z.array(templateSummarySchema) },
} as const;
