const ERROR_VALUE = /^#(?:N\/A|NAME\?|DIV\/0!|REF!|VALUE!|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** A cell showing a spreadsheet error (`#N/A`, `#NAME?`, `#DIV/0!`…): read as an empty cell, never as a name or a header. */
export function isSpreadsheetErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}
