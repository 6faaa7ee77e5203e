/** Words an acronym usually leaves out, in English, French and Spanish. */
const MINOR_WORDS = new Set([
  'of', 'for', 'the', 'and', 'in', 'on', 'to', 'a', 'an', 'at',
  'de', 'des', 'du', 'la', 'le', 'les', 'l', 'd', 'pour', 'et', 'en', 'au', 'aux', 'sur',
  'del', 'el', 'los', 'las', 'y', 'por', 'para', 'e',
]);

/**
 * The acronyms a name could be known by, from its folded key (see foldName): initials of every
 * word and of its significant words ("world federalist movement institute for global policy" ->
 * "wfmifgp", "wfmigp").
 */
export function nameInitials(foldedName: string): string[] {
  const words = foldedName.split(' ').filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((word) => word[0]).join('');
  const significant = words.filter((word) => !MINOR_WORDS.has(word)).map((word) => word[0]).join('');
  const initials = new Set([all, significant].filter((candidate) => candidate.length >= 2));
  return [...initials];
}
