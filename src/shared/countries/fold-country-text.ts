import { foldText, type TextFolding } from '../text/fold-text';

// An apostrophe elides an article ("l’Inde", "d’Ivoire"): it becomes a space so the article stays a word of its own.
const COUNTRY_FOLDING: TextFolding = {
  apostrophe: 'space',
  ampersandAsAnd: true,
  leadingArticles: ['the', 'la', 'le', 'les', 'l', 'el', 'los', 'las'],
};

/** Folds a country as written to a comparison form: no case, accents, punctuation or leading article. */
export function foldCountryText(text: string): string {
  return foldText(text, COUNTRY_FOLDING);
}
