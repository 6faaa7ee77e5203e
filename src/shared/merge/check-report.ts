import { z } from 'zod';

/** The pre-flight report: what would be missing or doubtful in the letters, before anything is written. */
export const checkReportSchema = z.object({
  /** Included recipients, each of whom gets a letter. */
  recipients: z.number().int(),
  /** Per recipient, the fields with no value (`recipient.name`), with their readable labels. */
  unresolved: z.array(
    z.object({
      recipient: z.string(),
      recipientId: z.number().int(),
      fields: z.array(z.string()),
      labels: z.array(z.string()),
    }),
  ),
  /** Signatories whose country could not be resolved to an ISO code: their country prints as written. */
  unresolvedCountries: z.array(z.object({ signatoryId: z.number().int(), name: z.string(), country: z.string() })),
  /** Suggested duplicates among signatories still waiting for a decision. */
  pendingSuggestions: z.number().int(),
  /** Signature-block signers with no name (by title and organization). */
  unnamedSigners: z.array(z.string()),
  /**
   * Characters no bundled font can draw, which would print as boxes: per signatory a letter lists,
   * per signer, per included recipient (in the fields the letter prints) and in the letter's own text.
   */
  unprintable: z.array(z.object({ where: z.string(), characters: z.string() })),
  /** Everything else worth a look: an empty signatory list, a field that cannot be read. */
  warnings: z.array(z.string()),
});
export type CheckReport = z.infer<typeof checkReportSchema>;
