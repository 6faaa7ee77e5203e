import type { LetterLanguage } from '../model/page-settings';

type Translations = Readonly<Record<LetterLanguage, string>>;

const YOUR_EXCELLENCY: Translations = { en: 'Your Excellency', fr: 'Excellence', es: 'Excelencia' };
const EXCELLENCY: Translations = { en: 'Excellency', fr: 'Excellence', es: 'Excelencia' };
const EXCELLENCIES: Translations = { en: 'Excellencies', fr: 'Excellences', es: 'Excelencias' };

/** The salutations of diplomatic letters, in any letter language, folded, to their form in each. */
const KNOWN: Readonly<Record<string, Translations>> = {
  'your excellency': YOUR_EXCELLENCY,
  excellency: EXCELLENCY,
  excellence: YOUR_EXCELLENCY,
  'votre excellence': YOUR_EXCELLENCY,
  excelencia: YOUR_EXCELLENCY,
  'su excelencia': YOUR_EXCELLENCY,
  excellencies: EXCELLENCIES,
  'your excellencies': EXCELLENCIES,
  excellences: EXCELLENCIES,
  excelencias: EXCELLENCIES,
};

/**
 * The salutation line of a letter in its language, with the punctuation that language puts after it:
 * "Your Excellency," / "Excellence," / "Excelencia:". A salutation of the Excellency family is written in
 * the letter's language; any other is kept as written. With none, "Your Excellency" in that language.
 */
export function greetingLine(salutation: string | null, language: LetterLanguage): string {
  const words = (salutation ?? '').trim().replace(/\s*[,:;.!]+$/, '');
  const known = KNOWN[words.toLocaleLowerCase('en')];
  const written = known ? known[language] : words || YOUR_EXCELLENCY[language];
  return `${written}${language === 'es' ? ':' : ','}`;
}
