import type { CheckReport } from '../../../shared/merge/check-report';
import { UserError } from '../../../shared/model/user-error';

/** Thrown (as a UserError) when fields are unresolved and the user did not choose "export anyway". */
export function unresolvedError(unresolved: CheckReport['unresolved']): UserError {
  const lines = unresolved.slice(0, 20).map((entry) => `${entry.recipient}: ${entry.labels.join(', ')}`);
  const more = unresolved.length > 20 ? `\n…and ${unresolved.length - 20} more recipients.` : '';
  return new UserError(
    `${unresolved.length} recipient${unresolved.length === 1 ? ' has' : 's have'} fields with no value:\n${lines.join('\n')}${more}\nFill them in, or export anyway to leave them marked in the letters.`,
    {
      code: 'unresolved-fields',
      details: { unresolved },
    },
  );
}
