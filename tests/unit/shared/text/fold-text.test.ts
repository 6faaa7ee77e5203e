import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../src/shared/text/fold-text';
import { foldName } from '../../../../src/shared/signatories/fold-name';
import { foldCountryText } from '../../../../src/shared/countries/fold-country-text';

describe('foldText', () => {
  it('folds case and accents, composed or decomposed alike, and ß as ss', () => {
    expect(foldText('Société Générale')).toBe('societe generale');
    expect(foldText('Socie\u0301te\u0301')).toBe(foldText('Société'));
    expect(foldText('Nguyễn Thị Minh Khai')).toBe('nguyen thi minh khai');
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('Øresund Łódź')).toBe('øresund łodz');
  });

  it('folds "I" the same whatever the system locale (no dotless ı), and İ to i', () => {
    expect(foldText('ISTANBUL İzmir')).toBe('istanbul izmir');
  });

  it('turns punctuation and runs of spaces into one space, trimmed, and drops apostrophes by default', () => {
    expect(foldText('  Organización:\u00a0 nombre / name  ')).toBe('organizacion nombre name');
    expect(foldText('People’s Union')).toBe(foldText('Peoples Union'));
    expect(foldText('Womenʼs `Rights´')).toBe('womens rights');
    expect(foldText('Safe & Sound')).toBe('safe sound');
  });

  it('makes apostrophes a space, reads & as and, and ignores leading articles when asked', () => {
    expect(foldText('l’Inde', { apostrophe: 'space' })).toBe('l inde');
    expect(foldText('Safe & Sound', { ampersandAsAnd: true })).toBe('safe and sound');
    const articles = ['the', 'la'];
    expect(foldText('The Hague', { leadingArticles: articles })).toBe('hague');
    expect(foldText('La Paz', { leadingArticles: articles })).toBe('paz');
    expect(foldText('Theatre', { leadingArticles: articles })).toBe('theatre');
    expect(foldText('Paz, la', { leadingArticles: articles })).toBe('paz la');
  });

  it('keeps punctuation and spacing as written for search, folding only case and accents', () => {
    expect(foldText('Côte d’Ivoire — 350.org, Straße', { punctuation: 'keep' })).toBe('cote d’ivoire — 350.org, strasse');
    expect(foldText('  two  spaces ', { punctuation: 'keep' })).toBe('  two  spaces ');
  });
});

describe('the foldings built on foldText', () => {
  it('names: a leading "The", apostrophes and "&" do not tell two organizations apart', () => {
    expect(foldName('The People’s Health Movement & Partners')).toBe('peoples health movement and partners');
    expect(foldName('Peoples Health Movement and Partners')).toBe(foldName('The People’s Health Movement & Partners'));
    expect(foldName('Ärzte ohne Grenzen e.V.')).toBe('arzte ohne grenzen e v');
  });

  it('countries: an elided article stays a word and is dropped when it leads', () => {
    expect(foldCountryText("Côte d'Ivoire")).toBe('cote d ivoire');
    expect(foldCountryText('l’Afghanistan')).toBe('afghanistan');
    expect(foldCountryText('Los Países Bajos')).toBe('paises bajos');
    expect(foldCountryText('Antigua & Barbuda')).toBe('antigua and barbuda');
  });
});
