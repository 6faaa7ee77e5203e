import { isTraditionalChinese } from './is-traditional-chinese';

/** Anything past Latin and general punctuation: a quick test, as most runs are Latin and need nothing more. */
const BEYOND_LATIN = /[\u0370-\u1dff\u1f00-\u1fff\u2c00-\ufaff]/;
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Each script's most widely written language. A name's script is all the letter knows of its
 * language, so this is a guess that lets a screen reader switch voice; Cyrillic is written in too
 * many languages to guess one, and is marked only as Cyrillic.
 */
const SCRIPT_LANGUAGES: readonly (readonly [RegExp, string])[] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Gujarati}/u, 'gu'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Telugu}/u, 'te'],
  [/\p{Script=Kannada}/u, 'kn'],
  [/\p{Script=Malayalam}/u, 'ml'],
  [/\p{Script=Sinhala}/u, 'si'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Lao}/u, 'lo'],
  [/\p{Script=Khmer}/u, 'km'],
  [/\p{Script=Myanmar}/u, 'my'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'und-Cyrl'],
];

/**
 * The language (BCP 47) to mark on text written in a script other than Latin, from the first
 * such letter (Japanese when the text has kana); null for Latin text and for scripts not listed.
 */
export function languageOfScript(text: string): string | null {
  if (!BEYOND_LATIN.test(text)) return null;
  const letter = OTHER_SCRIPT.exec(text)?.[0];
  if (letter === undefined) return null;
  if ((KANA.test(letter) || /\p{Script=Han}/u.test(letter)) && KANA.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(letter) && isTraditionalChinese(text)) return 'zh-Hant';
  for (const [script, language] of SCRIPT_LANGUAGES) if (script.test(letter)) return language;
  return null;
}
