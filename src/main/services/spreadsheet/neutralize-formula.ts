/**
 * A cell value a spreadsheet program will show as text, never run as a formula: one starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
