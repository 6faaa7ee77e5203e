import type { LetterNode } from '../../src/shared/document/letter-document';
import type { SignatoryStatus } from '../../src/shared/document/nodes';

const STATUSES: readonly SignatoryStatus[] = ['confirmed', 'pending', 'withdrawn'];

/** The edit the soak's save child makes at one step: a paragraph naming the step and one signatory's status. */
export function soakEditOfStep(
  step: number,
  signatoryIds: readonly number[],
): { marker: string; paragraph: LetterNode; signatoryId: number; status: SignatoryStatus } {
  const marker = `Soak step ${step}.`;
  return {
    marker,
    paragraph: { type: 'paragraph', content: [{ type: 'text', text: marker }] },
    signatoryId: signatoryIds[step % signatoryIds.length]!,
    status: STATUSES[step % STATUSES.length]!,
  };
}
