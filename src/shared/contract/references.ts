import { z } from 'zod';

/** The input every call about an open campaign starts from. */
export const campaignRef = z.object({ campaignId: z.string().min(1).max(100) });

/** The input of the calls that follow a running job (export, addendum export, send). */
export const jobRef = z.object({ jobId: z.string().min(1).max(100) });
