import { z } from 'zod';

export const recipientSchema = z.object({
  id: z.number().int(),
  listId: z.number().int(),
  honorific: z.string().nullable(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z.string().nullable(),
  salutation: z.string().nullable(),
  addressLines: z.array(z.string()),
  email: z.string().nullable(),
  language: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
  included: z.boolean(),
  position: z.number().int(),
});
export type Recipient = z.infer<typeof recipientSchema>;
