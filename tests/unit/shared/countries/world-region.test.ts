import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRY_REGIONS } from '../../../../src/shared/countries/country-regions';
import { worldRegion } from '../../../../src/shared/countries/world-region';

const worldCountries = createRequire(import.meta.url)('world-countries') as { cca2: string; region: string }[];

describe('worldRegion', () => {
  it('matches the world-countries data the table was generated from', () => {
    for (const country of worldCountries) {
      const expected = country.region === 'Antarctic' ? null : country.region.toLowerCase();
      expect(worldRegion(country.cca2), country.cca2).toBe(expected);
    }
    expect(Object.keys(COUNTRY_REGIONS)).toHaveLength(worldCountries.filter((country) => country.region !== 'Antarctic').length);
  });

  it('places the countries of our recipient sets', () => {
    expect(worldRegion('ke')).toBe('africa');
    expect(worldRegion('PE')).toBe('americas');
    expect(worldRegion('TR')).toBe('asia');
    expect(worldRegion('NO')).toBe('europe');
    expect(worldRegion('VU')).toBe('oceania');
    expect(worldRegion(null)).toBeNull();
  });
});
