import type { SignatoryStatus } from '../../../shared/document/nodes';

/**
 * What a row's answer does to a signatory that already has one:
 * - `declines`: a no after a yes or a blank, applied (the coalition never lists an organisation that said no);
 * - `asks-to-reconfirm`: a yes after a no, not applied: a person confirms it;
 * - `earlier`: the row was answered before the answer the signatory holds, which stands;
 * - `differs`: another change (a blank after a yes…), kept as it was and reported;
 * - `unchanged`: the same status, or no answer at all.
 */
export type LaterAnswerOutcome = 'declines' | 'asks-to-reconfirm' | 'earlier' | 'differs' | 'unchanged';

export interface HeldAnswer {
  status: SignatoryStatus;
  /** When the latest answer known for the signatory was given (ms), null when no source said. */
  time: number | null;
}

export interface IncomingAnswer {
  /** Null when the file has no status column. */
  status: SignatoryStatus | null;
  time: number | null;
}

/**
 * Weighs a row's answer against the one a signatory holds. The later answer wins: by the answer
 * times when both are known, otherwise the row read now is the later one (a later import, a
 * later row). Only a no is applied; a yes after a no waits for a person.
 */
export function weighLaterAnswer(held: HeldAnswer, incoming: IncomingAnswer): LaterAnswerOutcome {
  if (incoming.status === null) return 'unchanged';
  if (held.time !== null && incoming.time !== null && incoming.time < held.time) return 'earlier';
  if (incoming.status === held.status) return 'unchanged';
  if (incoming.status === 'declined' && (held.status === 'confirmed' || held.status === 'pending')) return 'declines';
  if (incoming.status === 'confirmed' && held.status === 'declined') return 'asks-to-reconfirm';
  return 'differs';
}
