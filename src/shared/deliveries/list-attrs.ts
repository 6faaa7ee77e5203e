import { forEachLetterNode, type LetterNode } from '../document/letter-document';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, signatoryListAttrsSchema, type SignatoryListAttrs } from '../document/nodes';

/** The format, grouping and order of the letter's (first) signatory list: an addendum lists names the same way. */
export function listAttrs(doc: LetterNode): SignatoryListAttrs {
  let found: SignatoryListAttrs | null = null;
  forEachLetterNode(doc, (node) => {
    if (found || node.type !== NODE_NAMES.signatoryList) return;
    const parsed = signatoryListAttrsSchema.safeParse(node.attrs ?? {});
    found = parsed.success ? parsed.data : { ...DEFAULT_SIGNATORY_LIST_ATTRS };
  });
  return found ?? DEFAULT_SIGNATORY_LIST_ATTRS;
}
