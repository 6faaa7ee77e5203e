import { z } from 'zod';
import { checkReportSchema } from '../merge/check-report';
import { exportProgressSchema, exportRequestSchema } from '../merge/export-request';
import { campaignRef, jobRef } from './references';

/** Before and during an export: the check, the preview of one recipient's PDF, the export job. */
export const EXPORT_CALLS = {
  'campaign.check': { input: campaignRef, output: checkReportSchema },
  'preview.render': {
    input: campaignRef.extend({ recipientId: z.number().int().nullable() }),
    output: z.object({
      /** The exact PDF the recipient would receive, base64. */
      pdfBase64: z.string(),
      recipient: z.string().nullable(),
      unresolved: z.array(z.object({ field: z.string(), label: z.string() })),
      warnings: z.array(z.string()),
    }),
  },
  'export.start': {
    input: campaignRef.extend({ request: exportRequestSchema }),
    output: z.object({ jobId: z.string().nullable(), folder: z.string().nullable() }),
  },
  'export.progress': { input: jobRef, output: exportProgressSchema },
  'export.cancel': { input: jobRef, output: z.object({ cancelled: z.boolean() }) },
  'export.openFolder': { input: jobRef, output: z.object({ opened: z.boolean(), folder: z.string() }) },
} as const;
