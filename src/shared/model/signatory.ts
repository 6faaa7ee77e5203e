import { z } from 'zod';
import { SIGNATORY_STATUSES } from '../document/nodes';

export const signatorySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  acronym: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z.string().nullable(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  status: z.enum(SIGNATORY_STATUSES),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
  sourceId: z.number().int().nullable(),
  sourceRow: z.number().int().nullable(),
  position: z.number().int(),
});
export type Signatory = z.infer<typeof signatorySchema>;
