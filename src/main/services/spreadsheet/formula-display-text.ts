const STRING = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(`^=?\\s*(?:of:=)?\\s*HYPERLINK\\s*\\(\\s*${STRING}\\s*(?:[,;]\\s*${STRING}\\s*)?\\)\\s*$`, 'i');
/**
 * What a person sees in a cell holding `formula` when no value was saved with it: the text a
 * `HYPERLINK("url", "Name")` shows (the URL when it has no name), or null when only calculating
 * it would tell. `=` and ODF's `of:=` prefixes are both read.
 */
export function formulaDisplayText(formula: string): string | null {
  const link = HYPERLINK.exec(formula.trim());
  if (!link) return null;
  return (link[2] ?? link[1]!).replace(/""/g, '"');
}
