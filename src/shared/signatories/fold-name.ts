import { foldText, type TextFolding } from '../text/fold-text';

const NAME_FOLDING: TextFolding = { ampersandAsAnd: true, leadingArticles: ['the'] };

/**
 * Folds a name for matching: case and diacritics folded, apostrophes dropped, "&" read as
 * "and", other punctuation as a space, spaces collapsed and a leading "The" ignored.
 */
export function foldName(text: string): string {
  return foldText(text, NAME_FOLDING);
}
