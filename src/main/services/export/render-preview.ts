import type { Database } from 'better-sqlite3';
import type { LetterIR } from '../../../shared/document/letter-ir';
import { mergeFieldLabel } from '../../../shared/merge/merge-field-label';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import { getRecipient } from '../recipients/recipient-store';
import { loadLetterRenderers } from './letter-renderers';
import { loadMergeInputs } from './load-merge-inputs';

export interface LetterPreview {
  pdf: Uint8Array;
  /** The recipient shown, or null when the letter is previewed without one. */
  recipient: string | null;
  unresolved: { field: string; label: string }[];
  warnings: string[];
}

/**
 * The exact PDF one recipient would receive (the same resolution and exporter as the export),
 * with any unresolved field shown marked, as "export anyway" would write it.
 */
export async function renderPreview(
  db: Database,
  recipientId: number | null,
  renderPdf: (ir: LetterIR) => Promise<Uint8Array> = async (ir) => (await loadLetterRenderers()).pdf(ir),
): Promise<LetterPreview> {
  const inputs = loadMergeInputs(db);
  const recipient = recipientId === null ? null : getRecipient(db, recipientId);
  const { ir, unresolved, warnings } = resolveLetter(inputs.letter, {
    recipient,
    signatories: inputs.signatories,
    date: inputs.date,
    logo: inputs.logo,
    force: true,
  });
  return {
    pdf: await renderPdf(ir),
    recipient: recipient ? recipientLabel(recipient) : null,
    unresolved: unresolved.map((field) => ({ field, label: mergeFieldLabel(field) })),
    warnings: [...inputs.warnings, ...warnings],
  };
}
