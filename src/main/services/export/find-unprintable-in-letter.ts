import type { IRBlock, IRRun } from '../../../shared/document/letter-ir';
import type { LetterNode } from '../../../shared/document/letter-document';
import { DEFAULT_SIGNATORY_LIST_ATTRS, NODE_NAMES, signatoryListAttrsSchema, type SignatoryListAttrs } from '../../../shared/document/nodes';
import type { CheckReport } from '../../../shared/merge/check-report';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import { orderSignatoriesForLetter } from '../../../shared/signatories/order-signatories-for-letter';
import type { MergeInputs } from './load-merge-inputs';
import { findUnprintableCharacters } from './pdf/find-unprintable-characters';

type UnprintableEntry = CheckReport['unprintable'][number];

function signatoryLists(node: LetterNode, found: SignatoryListAttrs[] = []): SignatoryListAttrs[] {
  if (node.type === NODE_NAMES.signatoryList) {
    const parsed = signatoryListAttrsSchema.safeParse(node.attrs ?? {});
    found.push(parsed.success ? parsed.data : { ...DEFAULT_SIGNATORY_LIST_ATTRS, ...(node.attrs as Partial<SignatoryListAttrs> | undefined) });
  }
  for (const child of node.content ?? []) signatoryLists(child, found);
  return found;
}

function runsText(runs: readonly IRRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The letter's own words: everything printed except the signatory entries and the signers, which are reported by name. */
function ownText(blocks: readonly IRBlock[]): string {
  return blocks
    .map((block): string => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          return runsText(block.runs);
        case 'list':
          return block.items.map((item) => ownText(item.blocks)).join('\n');
        case 'quote':
          return ownText(block.blocks);
        case 'signatoryList':
          return [block.heading, block.countLine, ...block.groups.map((group) => group.title)].join('\n');
        case 'signatureBlock':
        case 'pageBreak':
          return '';
      }
    })
    .join('\n');
}

/**
 * What the same in every letter of a campaign would print as missing-glyph boxes: the signatories
 * its signatory lists show, the signers of its signature blocks, and its own text (merge fields left
 * out: each recipient's values are checked with the recipient).
 */
export function findUnprintableInLetter(inputs: MergeInputs): UnprintableEntry[] {
  const { letter, signatories, date } = inputs;
  const { fontFamily, language } = letter.settings;
  const entries: UnprintableEntry[] = [];
  const report = (where: string, text: string): void => {
    const characters = findUnprintableCharacters(text, fontFamily);
    if (characters !== '' && !entries.some((entry) => entry.where === where && entry.characters === characters)) entries.push({ where, characters });
  };

  const { ir } = resolveLetter(letter, { recipient: null, signatories, date });
  const { letterhead, footer } = letter.settings;
  report('The letter’s text', [letterhead.enabled ? [letterhead.organization, ...letterhead.addressLines].join('\n') : '', footer.addressLine, ownText(ir.blocks)].join('\n'));

  const reported = new Set<number>();
  for (const attrs of signatoryLists(letter.doc)) {
    for (const { signatory, country } of orderSignatoriesForLetter(signatories, attrs, language)) {
      if (reported.has(signatory.id)) continue;
      reported.add(signatory.id);
      report(`Signatory “${signatory.name}”`, attrs.format === 'name-only' ? signatory.name : `${signatory.name} ${country}`);
    }
  }

  for (const block of ir.blocks) {
    if (block.kind !== 'signatureBlock') continue;
    for (const signer of block.signers) {
      const name = signer.name.trim() || [signer.title, signer.organization].map((part) => part.trim()).filter(Boolean).join(', ');
      report(`Signer “${name}”`, [signer.name, signer.title, signer.organization].join('\n'));
    }
  }
  return entries;
}
