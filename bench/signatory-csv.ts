/** Signatory rows as a CSV file with the header Organization, Country, Email, Status. */
export function signatoryCsv(rows: string[][]): string {
  return `Organization,Country,Email,Status\r\n${rows.map((row) => row.map((cell) => (cell.includes(',') ? `"${cell}"` : cell)).join(',')).join('\r\n')}\r\n`;
}
