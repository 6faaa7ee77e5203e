import { z } from 'zod';
import type { LetterLanguage } from '../model/page-settings';

/** The addendum's own words, kept in the campaign: merge fields as in the letter, plus `{{addendum.letterDate}}` and `{{addendum.count}}`. */
export const addendumTextSchema = z.object({
  /** Paragraphs separated by a blank line; the list of organizations that joined follows it. */
  text: z.string().max(20_000),
  /** Introduces the organizations that withdrew, when the user includes them. */
  withdrawnText: z.string().max(5_000),
});
export type AddendumText = z.infer<typeof addendumTextSchema>;

/** The addendum's words until the campaign has its own, in the letter's language. */
export const DEFAULT_ADDENDUM_TEXTS: Record<LetterLanguage, AddendumText> = {
  en: {
    text: '{{recipient.salutation | default: "Dear Sir or Madam"}},\n\nSince our letter of {{addendum.letterDate}}, the following organisations have joined it:',
    withdrawnText: 'The following organisations have asked to withdraw their signature:',
  },
  fr: {
    text: '{{recipient.salutation | default: "Madame, Monsieur"}},\n\nDepuis notre lettre du {{addendum.letterDate}}, les organisations suivantes s’y sont jointes :',
    withdrawnText: 'Les organisations suivantes ont demandé à retirer leur signature :',
  },
  es: {
    text: '{{recipient.salutation | default: "Estimados señores"}}:\n\nDesde nuestra carta del {{addendum.letterDate}}, se han sumado a ella las siguientes organizaciones:',
    withdrawnText: 'Las siguientes organizaciones han pedido retirar su firma:',
  },
};

/** The word a file name adds to say it holds an addendum, per language. */
export const ADDENDUM_FILE_WORDS: Record<LetterLanguage, string> = { en: 'addendum', fr: 'addendum', es: 'adenda' };
