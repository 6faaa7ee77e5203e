import { describe, expect, it } from 'vitest';
import type { IRBlock, LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { renderLetterDocx } from '../../../../../../src/main/services/export/docx/render-letter-docx';
import { MULTI_SCRIPT_NAMES } from '../../../../../fixtures/pdf/multi-script-names';
import { sampleLetter } from '../../../../../fixtures/pdf/sample-letters';
import { readDocxPackage, WORD_NAMESPACE, wordElements, type Element } from './read-docx-package';

function letterWithNames(names: readonly string[]): LetterIR {
  const letter = sampleLetter({ signatories: 10 });
  const blocks = letter.blocks.map((block): IRBlock =>
    block.kind === 'signatoryList' ? { ...block, groups: block.groups.map((group) => ({ ...group, entries: [...names, ...group.entries] })) } : block,
  );
  return { ...letter, blocks };
}

interface RunReading {
  text: string;
  rightToLeft: boolean;
  bidiLanguage: string | null;
  eastAsianLanguage: string | null;
  language: string | null;
  fonts: Record<string, string | null>;
}

function readRun(run: Element): RunReading {
  const properties = wordElements(run, 'rPr')[0];
  const language = properties ? wordElements(properties, 'lang')[0] : undefined;
  const fonts = properties ? wordElements(properties, 'rFonts')[0] : undefined;
  const attribute = (element: Element | undefined, name: string): string | null => element?.getAttributeNS(WORD_NAMESPACE, name) || null;
  return {
    text: wordElements(run, 't').map((text) => text.textContent).join(''),
    rightToLeft: properties !== undefined && wordElements(properties, 'rtl').length > 0,
    bidiLanguage: attribute(language, 'bidi'),
    eastAsianLanguage: attribute(language, 'eastAsia'),
    language: attribute(language, 'val'),
    fonts: { ascii: attribute(fonts, 'ascii'), cs: attribute(fonts, 'cs'), eastAsia: attribute(fonts, 'eastAsia'), hint: attribute(fonts, 'hint') },
  };
}

async function entryRuns(names: readonly string[]): Promise<Map<string, RunReading[]>> {
  const docx = await readDocxPackage(await renderLetterDocx(letterWithNames(names)));
  const paragraphs = wordElements(docx.xml('word/document.xml'), 'p');
  const byName = new Map<string, RunReading[]>();
  for (const paragraph of paragraphs) {
    const runs = wordElements(paragraph, 'r').map(readRun);
    const text = runs.map((run) => run.text).join('');
    if (names.includes(text)) byName.set(text, runs);
  }
  return byName;
}

describe('DOCX runs in other scripts', () => {
  it('marks an Arabic or Hebrew name right to left with its complex-script language and font, and leaves its Latin country as it was', async () => {
    const runs = await entryRuns([MULTI_SCRIPT_NAMES.arabic, MULTI_SCRIPT_NAMES.arabicWithAcronym, MULTI_SCRIPT_NAMES.hebrew]);
    expect(runs.get(MULTI_SCRIPT_NAMES.arabicWithAcronym)).toEqual([
      { text: 'الشبكة العربية لمعلومات حقوق الإنسان', rightToLeft: true, bidiLanguage: 'ar-SA', eastAsianLanguage: null, language: null, fonts: { ascii: null, cs: 'Noto Naskh Arabic', eastAsia: null, hint: 'cs' } },
      { text: ' ANHRI (Egypt)', rightToLeft: false, bidiLanguage: null, eastAsianLanguage: null, language: null, fonts: { ascii: null, cs: null, eastAsia: null, hint: null } },
    ]);
    const hebrew = runs.get(MULTI_SCRIPT_NAMES.hebrew)!;
    expect(hebrew[0]).toMatchObject({ text: 'בצלם – מרכז המידע הישראלי', rightToLeft: true, bidiLanguage: 'he-IL', fonts: { cs: 'Noto Sans Hebrew' } });
  });

  it('gives Chinese, Japanese and Korean runs their East Asian language and font, Han beside kana going with Japanese', async () => {
    const runs = await entryRuns([MULTI_SCRIPT_NAMES.chinese, MULTI_SCRIPT_NAMES.japanese, MULTI_SCRIPT_NAMES.korean]);
    expect(runs.get(MULTI_SCRIPT_NAMES.chinese)![0]).toMatchObject({ text: '中国人权捍卫者', eastAsianLanguage: 'zh-CN', rightToLeft: false, fonts: { eastAsia: 'Noto Sans SC', hint: 'eastAsia' } });
    // The kana, the parentheses between two Japanese stretches and the kanji are one run.
    expect(runs.get(MULTI_SCRIPT_NAMES.japanese)!.map((run) => [run.text, run.eastAsianLanguage])).toEqual([
      ['ヒューマン・ライツ・ナウ (日本', 'ja-JP'],
      [')', null],
    ]);
    expect(runs.get(MULTI_SCRIPT_NAMES.korean)![0]).toMatchObject({ eastAsianLanguage: 'ko-KR', fonts: { eastAsia: 'Noto Sans KR' } });
  });

  it('gives a name in Traditional characters the Traditional Chinese font and language', async () => {
    const runs = await entryRuns([MULTI_SCRIPT_NAMES.traditionalChinese, '香港人權監察 (Hong Kong)']);
    expect(runs.get(MULTI_SCRIPT_NAMES.traditionalChinese)![0]).toMatchObject({ text: '台灣人權促進會', eastAsianLanguage: 'zh-TW', fonts: { eastAsia: 'Noto Sans TC', hint: 'eastAsia' } });
    expect(runs.get('香港人權監察 (Hong Kong)')![0]).toMatchObject({ text: '香港人權監察', eastAsianLanguage: 'zh-TW', fonts: { eastAsia: 'Noto Sans TC' } });
  });

  it('gives Indic and Thai runs their complex-script language and font, and Georgian its own language', async () => {
    const runs = await entryRuns([MULTI_SCRIPT_NAMES.devanagari, MULTI_SCRIPT_NAMES.thai, MULTI_SCRIPT_NAMES.georgian]);
    expect(runs.get(MULTI_SCRIPT_NAMES.devanagari)![0]).toMatchObject({ text: 'मानव अधिकार कानून नेटवर्क (भारत', bidiLanguage: 'hi-IN', rightToLeft: false, fonts: { cs: 'Noto Sans Devanagari' } });
    expect(runs.get(MULTI_SCRIPT_NAMES.thai)![0]).toMatchObject({ bidiLanguage: 'th-TH', fonts: { cs: 'Noto Sans Thai' } });
    expect(runs.get(MULTI_SCRIPT_NAMES.georgian)![0]).toMatchObject({ language: 'ka-GE', fonts: { ascii: 'Noto Sans Georgian' } });
  });

  it('keeps a Latin entry one plain run', async () => {
    const name = 'Kenya Human Rights Commission (Kenya)';
    const runs = await entryRuns([name]);
    expect(runs.get(name)).toEqual([{ text: name, rightToLeft: false, bidiLanguage: null, eastAsianLanguage: null, language: null, fonts: { ascii: null, cs: null, eastAsia: null, hint: null } }]);
  });
});
