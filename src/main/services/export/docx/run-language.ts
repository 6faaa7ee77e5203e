import type { IRunOptions } from 'docx';

/** What the run mappings need to know of the letter. */
export interface RunContext {
  /**
   * The letter's language, set on each run only when it differs from the styles' (a combined file of letters in
   * several languages); otherwise the runs take it from Normal and the document defaults, as Word's own files do.
   */
  languageOverride: string | undefined;
}

/** The run language option for a context: nothing when the styles already carry the letter's language. */
export function runLanguage(context: RunContext): IRunOptions['language'] {
  return context.languageOverride ? { value: context.languageOverride } : undefined;
}
