import type { CallOutput } from '../../../shared/contract';

/** The closing message of an import: what was added, which column fed which field, what was skipped. */
export function recipientImportMessage(summary: CallOutput<'recipients.import'>): string {
  const notes = [
    summary.errors.length
      ? `${summary.errors.length} rows skipped (${summary.errors[0]!.message}${summary.errors.length > 1 ? ', …' : ''})`
      : '',
    summary.unresolvedCountries.length ? `countries not recognised: ${summary.unresolvedCountries.join(', ')}` : '',
  ].filter(Boolean);
  const mapped = summary.mapping.filter((entry) => entry.field).map((entry) => `${entry.header} → ${entry.field}`);
  const extra = summary.mapping.filter((entry) => !entry.field).map((entry) => entry.header);
  if (extra.length) notes.push(`kept as extra fields: ${extra.join(', ')}`);
  return `Imported ${summary.added} recipients from “${summary.fileName}” (${mapped.join(', ')})${notes.length ? `; ${notes.join('; ')}` : ''}.`;
}
