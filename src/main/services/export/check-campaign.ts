import type { Database } from 'better-sqlite3';
import type { LetterNode } from '../../../shared/document/letter-document';
import type { Signer } from '../../../shared/document/nodes';
import type { CheckReport } from '../../../shared/merge/check-report';
import { mergeFieldLabel } from '../../../shared/merge/merge-field-label';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import { computeSignatorySuggestions } from '../signatories/signatory-suggestions';
import { countIncludedRecipients, iterateIncludedRecipients } from '../recipients/recipient-store';
import { loadMergeInputs, type MergeInputs } from './load-merge-inputs';

function unnamedSigners(doc: LetterNode): string[] {
  const found: string[] = [];
  const visit = (node: LetterNode): void => {
    if (node.type === 'signatureBlock' && Array.isArray(node.attrs?.signers)) {
      for (const signer of node.attrs.signers as Signer[]) {
        if (signer.name.trim() === '')
          found.push(
            [signer.title, signer.organization]
              .map((part) => part.trim())
              .filter(Boolean)
              .join(', ') || 'a signer with no title',
          );
      }
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return found;
}

/** Counts suggested duplicates still undecided. */
export type PendingSuggestionCounter = (db: Database) => number;

function countSuggestedDuplicates(db: Database): number {
  return computeSignatorySuggestions(db).length;
}

/**
 * The pre-flight check: resolves the letter for every included recipient and lists what is missing,
 * plus the campaign-level doubts (countries not resolved, duplicates to review, unnamed signers).
 */
export function checkCampaign(
  db: Database,
  options: { inputs?: MergeInputs; countPendingSuggestions?: PendingSuggestionCounter } = {},
): CheckReport {
  const inputs = options.inputs ?? loadMergeInputs(db);
  const { letter, signatories, date } = inputs;
  const warnings = [...inputs.warnings];
  const unresolved: CheckReport['unresolved'] = [];
  let position = 0;
  for (const recipient of iterateIncludedRecipients(db)) {
    const result = resolveLetter(letter, { recipient, signatories, date });
    if (result.unresolved.length > 0) {
      unresolved.push({
        recipient: recipientLabel(recipient, position),
        recipientId: recipient.id,
        fields: result.unresolved,
        labels: result.unresolved.map(mergeFieldLabel),
      });
    }
    for (const warning of result.warnings) if (!warning.startsWith('A signer') && !warnings.includes(warning)) warnings.push(warning);
    position += 1;
  }
  const recipients = countIncludedRecipients(db);
  if (recipients === 0)
    warnings.unshift('No recipient is included: choose a recipient list (or include some recipients) before exporting.');
  return {
    recipients,
    unresolved,
    unresolvedCountries: signatories
      .filter(
        (signatory) =>
          signatory.status !== 'withdrawn' &&
          signatory.countryCode === null &&
          signatory.country !== null &&
          signatory.country.trim() !== '',
      )
      .map((signatory) => ({ signatoryId: signatory.id, name: signatory.name, country: signatory.country! })),
    pendingSuggestions: (options.countPendingSuggestions ?? countSuggestedDuplicates)(db),
    unnamedSigners: unnamedSigners(letter.doc),
    warnings,
  };
}
