import type { LetterLanguage } from '../model/page-settings';

/** How a country name stands in a sentence: as a subject, after "of", after "in", or bare (an address line). */
export type CountryRole = 'subject' | 'of' | 'in' | 'bare';

const ARTICLES: Readonly<Record<LetterLanguage, RegExp>> = {
  en: /^the /,
  fr: /^(?:le |la |les |l’)/,
  es: /^(?:el |la |los |las )/,
};

function startsWithVowel(text: string): boolean {
  return /^[aeiouyh]/i.test(text.normalize('NFD'));
}

function frenchPhrase(name: string, role: Exclude<CountryRole, 'subject' | 'bare'>, inOverride: string | undefined): string {
  const article = /^(le |la |les |l’)/.exec(name)?.[1];
  const noun = article ? name.slice(article.length) : name;
  if (role === 'of') {
    if (article === 'le ') return `du ${noun}`;
    if (article === 'les ') return `des ${noun}`;
    if (article) return `de ${name}`;
    return startsWithVowel(noun) ? `d’${noun}` : `de ${noun}`;
  }
  if (inOverride) return inOverride;
  // "État" is a common noun, not a country's name: "dans l’État de Palestine", never "en État de Palestine".
  if (article === 'l’' && /^État\b/u.test(noun)) return `dans ${name}`;
  if (article === 'le ') return `au ${noun}`;
  if (article === 'les ') return `aux ${noun}`;
  if (article) return `en ${noun}`;
  return startsWithVowel(noun) ? `en ${noun}` : `à ${noun}`;
}

/**
 * A country name as it stands in a sentence of the letter's language, from the name with its article
 * ("the Netherlands", "les Pays-Bas", "el Perú"): "of the Netherlands", "des Pays-Bas", "del Perú";
 * "in the Netherlands", "aux Pays-Bas", "en el Perú"; bare, without the article, for an address line.
 * `inOverride` is the French "in" form where the article does not give it ("à la Grenade").
 */
export function countryPhrase(name: string, language: LetterLanguage, role: CountryRole, inOverride?: string): string {
  if (role === 'subject') return name;
  if (role === 'bare') return name.replace(ARTICLES[language], '');
  if (language === 'fr') return frenchPhrase(name, role, inOverride);
  if (language === 'es') return `${role === 'of' ? 'de' : 'en'} ${name}`.replace(/^de el /, 'del ');
  return `${role} ${name}`;
}
