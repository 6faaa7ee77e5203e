import type { Database } from 'better-sqlite3';
import { isEmailAddress } from '../../../shared/mail/is-email-address';
import type { LetterNode } from '../../../shared/document/letter-document';
import type { Signer } from '../../../shared/document/nodes';
import type { CheckReport } from '../../../shared/merge/check-report';
import { evaluateMergeField, type MergeEnvironment } from '../../../shared/merge/evaluate-merge-field';
import type { MergeContext } from '../../../shared/merge/merge-context';
import { mergeFieldLabel } from '../../../shared/merge/merge-field-label';
import { recipientLabel } from '../../../shared/merge/recipient-label';
import { resolveLetter } from '../../../shared/merge/resolve-letter';
import { usedMergeFields } from '../../../shared/merge/used-merge-fields';
import { computeSignatorySuggestions } from '../signatories/signatory-suggestions';
import { countIncludedRecipients, iterateIncludedRecipients } from '../recipients/recipient-store';
import { findUnprintableInLetter } from './find-unprintable-in-letter';
import { loadMergeInputs, type MergeInputs } from './load-merge-inputs';
import { findUnprintableCharacters } from './pdf/find-unprintable-characters';

function unnamedSigners(doc: LetterNode): string[] {
  const found: string[] = [];
  const visit = (node: LetterNode): void => {
    if (node.type === 'signatureBlock' && Array.isArray(node.attrs?.signers)) {
      for (const signer of node.attrs.signers as Signer[]) {
        if (signer.name.trim() === '')
          found.push(
            [signer.title, signer.organization]
              .map((part) => part.replace(/\{\{[^{}]*\}\}/g, '').trim())
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
 * plus the campaign-level doubts (countries not resolved, duplicates to review, unnamed signers, characters no font can draw).
 */
export function checkCampaign(
  db: Database,
  options: { inputs?: MergeInputs; countPendingSuggestions?: PendingSuggestionCounter } = {},
): CheckReport {
  const inputs = options.inputs ?? loadMergeInputs(db);
  const { letter, signatories, date } = inputs;
  const warnings = [...inputs.warnings];
  const unresolved: CheckReport['unresolved'] = [];
  const unprintable = findUnprintableInLetter(inputs);
  const recipientFields = usedMergeFields(letter.doc).filter((field) => field.path.startsWith('recipient.'));
  const environment: MergeEnvironment = { language: letter.settings.language, place: '', signatoryCount: 0 };
  let position = 0;
  for (const recipient of iterateIncludedRecipients(db)) {
    const context: MergeContext = { recipient, signatories, date };
    const printed = recipientFields.map(({ path }) => evaluateMergeField(path, context, environment)).map((value) => (value.resolved ? value.value : ''));
    const characters = findUnprintableCharacters(printed.join('\n'), letter.settings.fontFamily);
    if (characters !== '') unprintable.push({ where: `Recipient “${recipientLabel(recipient, position)}”`, characters });
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
    const email = recipient.email?.trim() ?? '';
    if (email !== '' && !isEmailAddress(email))
      warnings.push(`Recipient “${recipientLabel(recipient, position)}”: “${email}” is not an e-mail address; the letter cannot be sent to it by e-mail.`);
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
          signatory.status !== 'declined' &&
          signatory.countryCode === null &&
          signatory.country !== null &&
          signatory.country.trim() !== '',
      )
      .map((signatory) => ({ signatoryId: signatory.id, name: signatory.name, country: signatory.country! })),
    pendingSuggestions: (options.countPendingSuggestions ?? countSuggestedDuplicates)(db),
    unnamedSigners: unnamedSigners(letter.doc),
    unprintable,
    warnings,
  };
}
