import type { SignatoryStatus } from '../document/nodes';
import type { DeliveredSignatory } from '../model/delivery';
import type { ListedSignatory } from '../signatories/format-signatory-list';

/** A signatory of the campaign now, with what the "since" comparison needs. */
export interface CurrentSignatory extends ListedSignatory {
  id: number;
  /** Its normalized name key (the one import matches on). */
  key: string;
  /** ISO time the row was created: an id reused after a delete is not the signatory that was sent. */
  createdAt: string;
}

export interface SignatoriesSince<Item extends CurrentSignatory = CurrentSignatory> {
  /** Printed now, not in what the recipient received. */
  added: Item[];
  /** In what the recipient received, and withdrawn since. */
  withdrawn: Item[];
}

/** Groups name keys that a merge joined ("Human Rights Watch" and "HRW" merged are one organization). */
function keyGroups(mergedKeys: readonly (readonly [string, string])[]): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const [first, second] of mergedKeys) {
    const a = find(first);
    const b = find(second);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return find;
}

/**
 * Which signatories joined, and which withdrew, since a recipient received a letter printing
 * `received` at `receivedAt`. A signatory counts as received when it has the same name key (or a
 * key merged with one received), or the same id and a row older than the letter: so a re-import,
 * a merge of duplicates, a renamed entry or a withdrawal later reversed is not news.
 */
export function signatoriesSince<Item extends CurrentSignatory>(
  received: readonly DeliveredSignatory[],
  receivedAt: string,
  current: readonly Item[],
  options: { printedStatuses: readonly SignatoryStatus[]; mergedKeys?: readonly (readonly [string, string])[] },
): SignatoriesSince<Item> {
  const group = keyGroups(options.mergedKeys ?? []);
  const receivedIds = new Set(received.map((signatory) => signatory.id));
  const receivedGroups = new Set(received.map((signatory) => group(signatory.key)));
  const wasReceived = (signatory: Item): boolean =>
    receivedGroups.has(group(signatory.key)) || (receivedIds.has(signatory.id) && signatory.createdAt <= receivedAt);
  const printed = new Set<SignatoryStatus>(options.printedStatuses.filter((status) => status !== 'withdrawn'));
  const added: Item[] = [];
  const withdrawn: Item[] = [];
  const seenGroups = new Set<string>();
  for (const signatory of current) {
    const known = wasReceived(signatory);
    if (signatory.status === 'withdrawn') {
      if (known) withdrawn.push(signatory);
      continue;
    }
    if (!printed.has(signatory.status) || known) continue;
    // Two rows of one merged organization count once.
    const signatoryGroup = group(signatory.key);
    if (seenGroups.has(signatoryGroup)) continue;
    seenGroups.add(signatoryGroup);
    added.push(signatory);
  }
  // One organization with a withdrawn row and a printed row (it rejoined under another entry) has not withdrawn.
  const stillPrinted = new Set(
    current.filter((signatory) => printed.has(signatory.status)).map((signatory) => group(signatory.key)),
  );
  return { added, withdrawn: withdrawn.filter((signatory) => !stillPrinted.has(group(signatory.key))) };
}
