import { TextRun, type IRunOptions } from 'docx';
import { FONT_SOURCES, type FontSource } from '../pdf/font-faces';
import { scriptFaceName } from '../pdf/script-face-name';

/** Anything outside Latin, Greek and Cyrillic that a bundled script family covers; one test, so a Latin run pays nothing more. */
const OTHER_SCRIPT = /[\u0530-\u1cff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe30-\ufe4f\ufe70-\ufefc\uff00-\uffef\u{20000}-\u{3ffff}]/u;
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/** How Word treats a script: which font slot draws it, which language attribute names it, and whether it runs right to left. */
const WORD_SCRIPTS: Partial<Record<FontSource, { slot: 'cs' | 'eastAsia' | 'ascii'; language: string; rightToLeft?: boolean }>> = {
  arabic: { slot: 'cs', language: 'ar-SA', rightToLeft: true },
  hebrew: { slot: 'cs', language: 'he-IL', rightToLeft: true },
  devanagari: { slot: 'cs', language: 'hi-IN' },
  bengali: { slot: 'cs', language: 'bn-BD' },
  gurmukhi: { slot: 'cs', language: 'pa-IN' },
  gujarati: { slot: 'cs', language: 'gu-IN' },
  oriya: { slot: 'cs', language: 'or-IN' },
  tamil: { slot: 'cs', language: 'ta-IN' },
  telugu: { slot: 'cs', language: 'te-IN' },
  kannada: { slot: 'cs', language: 'kn-IN' },
  malayalam: { slot: 'cs', language: 'ml-IN' },
  sinhala: { slot: 'cs', language: 'si-LK' },
  thai: { slot: 'cs', language: 'th-TH' },
  lao: { slot: 'cs', language: 'lo-LA' },
  khmer: { slot: 'cs', language: 'km-KH' },
  myanmar: { slot: 'cs', language: 'my-MM' },
  georgian: { slot: 'ascii', language: 'ka-GE' },
  armenian: { slot: 'ascii', language: 'hy-AM' },
  ethiopic: { slot: 'ascii', language: 'am-ET' },
  chinese: { slot: 'eastAsia', language: 'zh-CN' },
  traditionalChinese: { slot: 'eastAsia', language: 'zh-TW' },
  japanese: { slot: 'eastAsia', language: 'ja-JP' },
  korean: { slot: 'eastAsia', language: 'ko-KR' },
};

/** "NotoSansSC" -> "Noto Sans SC": the family name the bundled file declares. */
function familyName(source: FontSource): string {
  return FONT_SOURCES[source].filePrefix.replace(/([a-z])([A-Z])/g, '$1 $2');
}

function sourceOf(character: string, context: string): FontSource | null {
  const face = scriptFaceName(character, context, 'regular');
  return face === null ? null : (face.slice(0, face.indexOf('-')) as FontSource);
}

/** The run options a stretch of one script adds: right-to-left and its complex-script language, or its East Asian language, and the bundled family for its font slot with a hint naming the slot. */
function scriptOptions(source: FontSource, options: IRunOptions): IRunOptions {
  const script = WORD_SCRIPTS[source];
  if (!script) return options;
  const family = familyName(source);
  const language = { ...(options.language ?? {}) };
  if (script.slot === 'cs') language.bidirectional = script.language;
  else if (script.slot === 'eastAsia') language.eastAsia = script.language;
  else language.value = script.language;
  // The hint tells Word which slot draws the characters it could give to either (CJK punctuation, Arabic digits).
  const font = script.slot === 'ascii' ? { ascii: family, hAnsi: family } : { [script.slot]: family, hint: script.slot };
  return { ...options, language, font, ...(script.rightToLeft ? { rightToLeft: true } : {}) };
}

/**
 * The Word runs of a text: one run as before for Latin, Greek and Cyrillic; a text holding other
 * scripts is split where the script changes, and each stretch says how Word should draw it
 * (`w:rtl` and `w:lang w:bidi` for Arabic and Hebrew, `w:lang w:eastAsia` for Chinese, Japanese and
 * Korean, the complex-script language for Indic and Southeast Asian scripts) and names the bundled
 * Noto family for that font slot. Spaces, digits and punctuation between two stretches of the same
 * script stay with them.
 */
export function textRunsByScript(text: string, options: IRunOptions): TextRun[] {
  if (!OTHER_SCRIPT.test(text)) return [new TextRun({ ...options, text })];
  const characters = [...text];
  const sources = characters.map((character) => (NEUTRAL.test(character) ? undefined : sourceOf(character, text)));
  // A neutral character takes the script on both sides of it when they agree, else none.
  for (let index = 0; index < characters.length; index++) {
    if (sources[index] !== undefined) continue;
    let before: FontSource | null | undefined;
    for (let back = index - 1; back >= 0 && before === undefined; back--) before = sources[back];
    let after: FontSource | null | undefined;
    for (let ahead = index + 1; ahead < characters.length && after === undefined; ahead++) after = sources[ahead];
    sources[index] = before !== undefined && before === after ? before : null;
  }
  const runs: TextRun[] = [];
  let start = 0;
  for (let index = 1; index <= characters.length; index++) {
    if (index < characters.length && sources[index] === sources[start]) continue;
    const source = sources[start] ?? null;
    const piece = characters.slice(start, index).join('');
    // A line break belongs before the first stretch only.
    const stretchOptions: IRunOptions = runs.length === 0 ? options : { ...options, break: undefined };
    runs.push(new TextRun(source === null ? { ...stretchOptions, text: piece } : { ...scriptOptions(source, stretchOptions), text: piece }));
    start = index;
  }
  return runs;
}
