import type { LetterNode } from '../document/letter-document';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, signatoryListAttrsSchema, type SignatoryListAttrs } from '../document/nodes';

/** The settings of the letter's first signatory list, or the defaults when the letter has none. */
export function letterSignatoryListAttrs(doc: LetterNode): SignatoryListAttrs {
  const pending: LetterNode[] = [doc];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (node.type === NODE_NAMES.signatoryList) {
      const parsed = signatoryListAttrsSchema.safeParse(node.attrs ?? {});
      return parsed.success ? parsed.data : { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...(node.attrs as Partial<SignatoryListAttrs> | undefined) };
    }
    pending.push(...(node.content ?? []));
  }
  return DEFAULT_SIGNATORY_LIST_ATTRS;
}
