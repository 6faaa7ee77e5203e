import { z } from 'zod';

const text = z.string().max(2000).nullable();

/** An edit to one recipient from the recipients table: only the fields given change. */
export const recipientChangeSchema = z
  .object({
    honorific: text,
    name: text,
    title: text,
    organization: text,
    country: text,
    countryCode: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .nullable(),
    salutation: text,
    addressLines: z.array(z.string().max(500)).max(12),
    email: text,
    language: z.string().max(35).nullable(),
    extra: z.record(z.string().max(200), z.string().max(2000)),
    included: z.boolean(),
  })
  .partial();
export type RecipientChange = z.infer<typeof recipientChangeSchema>;
