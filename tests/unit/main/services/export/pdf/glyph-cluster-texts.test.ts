import { describe, expect, it } from 'vitest';
import { glyphClusterTexts } from '../../../../../../src/main/services/export/pdf/glyph-cluster-texts';

const codes = (text: string): number[] => Array.from(text, (character) => character.codePointAt(0)!);

describe('glyphClusterTexts', () => {
  it('gives each glyph its own character when the glyphs follow the text one to one', () => {
    expect(glyphClusterTexts('Nové', [codes('N'), codes('o'), codes('v'), codes('é')], [1, 1, 1, 1], false)).toEqual(['N', 'o', 'v', 'é']);
  });

  it('gives a ligature all the characters it draws', () => {
    expect(glyphClusterTexts('office', [codes('o'), codes('ffi'), codes('c'), codes('e')], [1, 1, 1, 1], false)).toEqual([
      'o',
      'ffi',
      'c',
      'e',
    ]);
  });

  it('shares a reordered cluster among its glyphs in drawing order, so the texts still spell the word', () => {
    // कि is drawn as the vowel sign ि, then क.
    const texts = glyphClusterTexts('कि', [codes('ि'), codes('क')], [0.26, 0.77], false);
    expect(texts).toEqual(['क', 'ि']);
  });

  it('gives a decomposed vowel sign whose parts are not in the text to the cluster, and nothing to a part without a width', () => {
    // কো is drawn as ে, ক, া: the text holds neither ে nor া.
    expect(glyphClusterTexts('কো', [codes('ে'), codes('ক'), codes('া')], [0.3, 0.8, 0], false)).toEqual(['ক', 'ো', '']);
  });

  it('reverses right-to-left text and gives dots drawn apart from their letter nothing', () => {
    // Glyphs in drawing order (left to right) for بت: the dots of ت, its skeleton, the dot of ب, its skeleton.
    const texts = glyphClusterTexts('بت', [[], codes('ت'), [], codes('ب')], [0, 0.3, 0, 0.3], true);
    expect(texts).toEqual(['', 'ت', '', 'ب']);
    expect([...texts.join('')].reverse().join('')).toBe('بت');
  });

  it('keeps a character the shaper dropped (a zero-width non-joiner) in the cluster before it', () => {
    expect(
      glyphClusterTexts(
        'می\u200Cخواهم',
        [codes('م'), codes('ی'), codes('خ'), codes('و'), codes('ا'), codes('ه'), codes('م')].reverse(),
        [1, 1, 1, 1, 1, 1, 1],
        true,
      )
        .reverse()
        .map((text) => [...text].reverse().join(''))
        .join(''),
    ).toBe('می\u200Cخواهم');
  });
});
