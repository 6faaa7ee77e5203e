import { describe, expect, it } from 'vitest';
import { countryName } from '../../../../src/shared/countries/country-name';
import { resolveCountry } from '../../../../src/shared/countries/resolve-country';

describe('resolveCountry', () => {
  it('resolves names in English, French and Spanish', () => {
    expect(resolveCountry('Germany')).toBe('DE');
    expect(resolveCountry('Allemagne')).toBe('DE');
    expect(resolveCountry('Alemania')).toBe('DE');
    expect(resolveCountry('  perú ')).toBe('PE');
  });

  it('resolves the aliases sign-on sheets use', () => {
    const cases: [string, string][] = [
      ['USA', 'US'],
      ['U.S.', 'US'],
      ['DR Congo', 'CD'],
      ['DRC', 'CD'],
      ["Côte d'Ivoire", 'CI'],
      ['Cote d’Ivoire', 'CI'],
      ['Palestine', 'PS'],
      ['Swaziland', 'SZ'],
      ['Burma', 'MM'],
      ['UK', 'GB'],
      ['Korea, Republic of', 'KR'],
    ];
    for (const [text, code] of cases) expect(resolveCountry(text), text).toBe(code);
  });

  it('leaves regions and acronyms unresolved', () => {
    expect(resolveCountry('South Asia')).toBeNull();
    expect(resolveCountry('FIDH')).toBeNull();
    expect(resolveCountry('')).toBeNull();
  });

  it('accepts ISO codes only when asked', () => {
    expect(resolveCountry('KEN')).toBeNull();
    expect(resolveCountry('KEN', { acceptCodes: true })).toBe('KE');
    expect(resolveCountry('DE', { acceptCodes: true })).toBe('DE');
  });

  it('uses a campaign’s own spellings first', () => {
    expect(resolveCountry('Bharat')).toBeNull();
    expect(resolveCountry('Bharat', { campaignAliases: new Map([['bharat', 'IN']]) })).toBe('IN');
  });
});

describe('countryName', () => {
  it('writes the short name in the letter’s language', () => {
    expect(countryName('US', 'en')).toBe('United States');
    expect(countryName('US', 'fr')).toBe('États-Unis');
    expect(countryName('US', 'es')).toBe('Estados Unidos');
    expect(countryName('CD', 'es')).toBe('República Democrática del Congo');
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('ZZ', 'en')).toBeNull();
  });
});
