/** Who reads an import's notes and messages: the command line names its options, the app its own controls. */
export type ImportAudience = 'cli' | 'app';

const HINTS = {
  'choose-sheet': { cli: 'choose another with --sheet', app: 'choose another in the sheet list' },
  'include-hidden': { cli: 'import with --include-hidden to read them', app: 'unhide them in the spreadsheet and import it again to read them' },
  'map-names': { cli: 'map the column that holds the names, e.g. --map "Header=name"', app: 'choose the column that holds the names in the mapping step' },
  'map-countries': { cli: 'map the column that holds them, e.g. --map "Header=country"', app: 'choose the column that holds them in the mapping step' },
  'first-row': { cli: 'choose with --first-row header or --first-row data', app: 'answer “Is the first row a header?” in the mapping step' },
  'map-field': { cli: 'map its column with --map "Header={field}"', app: 'choose its column in the mapping step' },
} as const;

/**
 * What an import note or refusal tells the reader to do, the one place it is written: the command
 * line's option or the app's control (the app never shows a command-line option). `field` fills
 * `{field}`. Lower case, no full stop: the caller places it in its sentence.
 */
export function importHint(hint: keyof typeof HINTS, audience: ImportAudience = 'app', field = ''): string {
  return HINTS[hint][audience].replace('{field}', field);
}
