import { LETTER_LANGUAGES, type LetterLanguage } from '../model/page-settings';

const NOUNS: Record<LetterLanguage, { one: string; other: string }> = {
  en: { one: 'organization', other: 'organizations' },
  fr: { one: 'organisation', other: 'organisations' },
  es: { one: 'organización', other: 'organizaciones' },
};

/** The count line under a signatory list: "118 organizations", "118 organisations", "118 organizaciones". */
export function formatSignatoryCount(count: number, language: LetterLanguage): string {
  const locale = LETTER_LANGUAGES[language].locale;
  const noun = new Intl.PluralRules(locale).select(count) === 'one' ? NOUNS[language].one : NOUNS[language].other;
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}
