import type { SignatoryStatus } from '../document/nodes';

/** An organisation whose answer in a later row changed, or would change, what it said before. */
export interface LaterAnswerEntry {
  name: string;
  row: number;
  previousStatus: SignatoryStatus;
}

const LISTED = 20;

function organisations(count: number): string {
  return `${count} ${count === 1 ? 'organisation' : 'organisations'}`;
}

function named(entries: readonly LaterAnswerEntry[]): string {
  const listed = entries.slice(0, LISTED).map((entry) => `${entry.name} (row ${entry.row})`);
  return entries.length > LISTED ? `${listed.join(', ')} and ${entries.length - LISTED} more` : listed.join(', ');
}

/**
 * The import report's sentences on later answers, as the command line and the app both say them:
 * who withdrew (a no after a yes: now declined), who said no after a blank answer, and who said
 * yes after a no (still declined: a person confirms it).
 */
export function laterAnswerReport(summary: { nowDeclined: readonly LaterAnswerEntry[]; yesAfterNo: readonly LaterAnswerEntry[] }): string[] {
  const lines: string[] = [];
  const withdrew = summary.nowDeclined.filter((entry) => entry.previousStatus === 'confirmed');
  const answeredNo = summary.nowDeclined.filter((entry) => entry.previousStatus !== 'confirmed');
  if (withdrew.length > 0) lines.push(`${organisations(withdrew.length)} withdrew (now declined): ${named(withdrew)}.`);
  if (answeredNo.length > 0) lines.push(`${organisations(answeredNo.length)} answered no after a blank answer (now declined): ${named(answeredNo)}.`);
  if (summary.yesAfterNo.length > 0) {
    lines.push(
      `${organisations(summary.yesAfterNo.length)} said yes after saying no and ${summary.yesAfterNo.length === 1 ? 'stays' : 'stay'} declined until someone confirms ${summary.yesAfterNo.length === 1 ? 'it' : 'each'} in the signatory list: ${named(summary.yesAfterNo)}.`,
    );
  }
  return lines;
}
