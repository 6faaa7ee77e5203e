/** A character outside the scripts the bundled Latin families draw (Latin, Greek, Cyrillic) and the characters of no script. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
const MAXIMUM_WORDS = 4000;

/**
 * The distinct words of some names that hold a letter of another script than Latin, Greek or Cyrillic (at most 4,000): what an
 * export worker shapes ahead of the letters to have those scripts' faces parsed. Empty for a campaign of Latin names.
 */
export function scriptWords(names: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    if (!OTHER_SCRIPT.test(name)) continue;
    for (const word of name.split(/\s+/)) {
      if (OTHER_SCRIPT.test(word)) words.add(word);
      if (words.size >= MAXIMUM_WORDS) return [...words];
    }
  }
  return [...words];
}
