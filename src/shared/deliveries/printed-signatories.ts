import { forEachLetterNode, type LetterNode } from '../document/letter-document';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, signatoryListAttrsSchema, type SignatoryStatus } from '../document/nodes';
import type { DeliveredSignatory } from '../model/delivery';
import type { ListedSignatory } from '../signatories/format-signatory-list';

/** The statuses a letter's signatory lists print (withdrawn never); the default list's when it has none. */
export function printedStatuses(doc: LetterNode): SignatoryStatus[] {
  const statuses = new Set<SignatoryStatus>();
  forEachLetterNode(doc, (node) => {
    if (node.type !== NODE_NAMES.signatoryList) return;
    const parsed = signatoryListAttrsSchema.safeParse(node.attrs ?? {});
    for (const status of parsed.success ? parsed.data.statuses : DEFAULT_SIGNATORY_LIST_ATTRS.statuses) statuses.add(status);
  });
  if (statuses.size === 0) DEFAULT_SIGNATORY_LIST_ATTRS.statuses.forEach((status) => statuses.add(status));
  statuses.delete('withdrawn');
  return [...statuses];
}

/** The signatories a letter printed, as the delivery record keeps them. */
export function printedSignatories(
  doc: LetterNode,
  signatories: readonly (ListedSignatory & { id: number; key: string })[],
): DeliveredSignatory[] {
  const statuses = new Set(printedStatuses(doc));
  return signatories.filter((signatory) => statuses.has(signatory.status)).map(({ id, name, key }) => ({ id, name, key }));
}
