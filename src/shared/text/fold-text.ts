/** How foldText folds beyond case and accents; every comparison in the app picks its options here. */
export interface TextFolding {
  /**
   * 'space' (the default) for matching: punctuation and runs of spaces become one space, trimmed.
   * 'keep' for search as you type: only case and accents fold, so a query is found inside the text as written.
   */
  punctuation?: 'space' | 'keep';
  /**
   * What an apostrophe becomes (with punctuation 'space'): dropped by default, so "People’s" matches "Peoples";
   * a space where it elides an article that is then ignored, as in countries ("l’Inde" -> "l inde" -> "inde").
   */
  apostrophe?: 'drop' | 'space';
  /** "&" read as "and" (names of organizations and countries write either). */
  ampersandAsAnd?: boolean;
  /** Words ignored at the start (already folded), such as "the". */
  leadingArticles?: readonly string[];
}

const APOSTROPHES = /[’'`´ʼ]/g;
const articlePatterns = new WeakMap<readonly string[], RegExp>();

function leadingArticlePattern(articles: readonly string[]): RegExp {
  let pattern = articlePatterns.get(articles);
  if (!pattern) {
    pattern = new RegExp(`^(?:${articles.join('|')}) `);
    articlePatterns.set(articles, pattern);
  }
  return pattern;
}

/**
 * Folds text for comparison, sorting keys and search: canonical decomposition with the accents dropped,
 * lower case (locale-independent, so a Turkish system folds "I" as everyone else does), "ß" as "ss";
 * then, unless punctuation is kept, apostrophes, "&", punctuation, spaces and leading articles as the
 * options say. Both sides of a comparison must be folded with the same options.
 */
export function foldText(text: string, folding: TextFolding = {}): string {
  const letters = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
  if (folding.punctuation === 'keep') return letters;
  let folded = letters.replace(APOSTROPHES, folding.apostrophe === 'space' ? ' ' : '');
  if (folding.ampersandAsAnd) folded = folded.replace(/&/g, ' and ');
  folded = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return folding.leadingArticles?.length ? folded.replace(leadingArticlePattern(folding.leadingArticles), '') : folded;
}
