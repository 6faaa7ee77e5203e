/** Text a CSV holds where a program wrote a formula instead of its value: a function call, a cell reference, a reference to another sheet. */
const FORMULA = /^=\s*(?:[A-Z_][\w.]*\s*\(|\$?[A-Z]{1,3}\$?\d+\b|'[^']+'!|[\w.]+!\$?[A-Z]{1,3}\$?\d+)/i;

/** Whether text in a CSV cell is a formula a program wrote instead of its value. */
export function isFormulaText(text: string): boolean {
  return FORMULA.test(text.trim());
}
