import { sourceFaceName, type FontFaceName, type FontSource, type FontStyle } from './font-faces';
import { isTraditionalChinese } from './is-traditional-chinese';

/** Each script with a bundled family, matched on Script_Extensions so a danda or a CJK comma goes with its script. */
const SCRIPT_SOURCES: readonly (readonly [RegExp, FontSource])[] = [
  [/\p{Script_Extensions=Arabic}/u, 'arabic'],
  [/\p{Script_Extensions=Hebrew}/u, 'hebrew'],
  [/\p{Script_Extensions=Devanagari}/u, 'devanagari'],
  [/\p{Script_Extensions=Bengali}/u, 'bengali'],
  [/\p{Script_Extensions=Gurmukhi}/u, 'gurmukhi'],
  [/\p{Script_Extensions=Gujarati}/u, 'gujarati'],
  [/\p{Script_Extensions=Oriya}/u, 'oriya'],
  [/\p{Script_Extensions=Tamil}/u, 'tamil'],
  [/\p{Script_Extensions=Telugu}/u, 'telugu'],
  [/\p{Script_Extensions=Kannada}/u, 'kannada'],
  [/\p{Script_Extensions=Malayalam}/u, 'malayalam'],
  [/\p{Script_Extensions=Sinhala}/u, 'sinhala'],
  [/\p{Script_Extensions=Thai}/u, 'thai'],
  [/\p{Script_Extensions=Lao}/u, 'lao'],
  [/\p{Script_Extensions=Khmer}/u, 'khmer'],
  [/\p{Script_Extensions=Myanmar}/u, 'myanmar'],
  [/\p{Script_Extensions=Georgian}/u, 'georgian'],
  [/\p{Script_Extensions=Armenian}/u, 'armenian'],
  [/\p{Script_Extensions=Ethiopic}/u, 'ethiopic'],
  [/\p{Script_Extensions=Hangul}/u, 'korean'],
  [/[\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}]/u, 'japanese'],
  [/[\p{Script_Extensions=Han}\p{Script_Extensions=Bopomofo}]/u, 'chinese'],
];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const NO_SCRIPT_OF_ITS_OWN = /[\p{Script=Common}\p{Script=Inherited}]/u;

function sourceOf(character: string): FontSource | null {
  for (const [pattern, source] of SCRIPT_SOURCES) if (pattern.test(character)) return source;
  return null;
}

/**
 * The bundled face for a character's script, in the style nearest to the one asked for; null when
 * no script family covers it. Han characters go to the Japanese face when the text holds kana,
 * to the Korean face when it holds Hangul, to the Traditional Chinese face when it is written in
 * Traditional characters (Taiwan, Hong Kong and Macau forms differ: TC's are Taiwan's), and to
 * the Simplified Chinese face otherwise. A character of no script of its own (fullwidth
 * punctuation, say) takes the script of the text around it.
 */
export function scriptFaceName(character: string, context: string, style: FontStyle): FontFaceName | null {
  let source = sourceOf(character);
  if (source === null) {
    if (!NO_SCRIPT_OF_ITS_OWN.test(character)) return null;
    for (const other of context) {
      source = sourceOf(other);
      if (source !== null) break;
    }
    if (source === null) return null;
  }
  if (source === 'chinese' || source === 'japanese') {
    if (KANA.test(context)) source = 'japanese';
    else if (HANGUL.test(context)) source = 'korean';
    else if (isTraditionalChinese(context)) source = 'traditionalChinese';
  }
  return sourceFaceName(source, style);
}
