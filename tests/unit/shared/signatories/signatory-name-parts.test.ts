import { describe, expect, it } from 'vitest';
import { signatoryNameParts } from '../../../../src/shared/signatories/signatory-name-parts';
import { splitNameCountry } from '../../../../src/shared/signatories/split-name-country';
import { isAcronym } from '../../../../src/shared/signatories/is-acronym';

describe('signatoryNameParts', () => {
  it('gives the same key across case, diacritics, spacing, punctuation and a leading "The"', () => {
    const keys = ['The Réseau  Équitas', 'reseau equitas', 'RÉSEAU-ÉQUITAS', ' Réseau, Equitas. '].map((name) => signatoryNameParts(name).key);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe('reseau equitas');
  });

  it('never gives an empty key', () => {
    expect(signatoryNameParts('???').key).toBe('???');
    expect(signatoryNameParts('★').key).not.toBe(signatoryNameParts('???').key);
  });

  it('splits a trailing acronym out of the key', () => {
    expect(signatoryNameParts('Human Rights Watch (HRW)')).toMatchObject({ key: 'human rights watch', acronym: 'HRW' });
    expect(signatoryNameParts('World Federalist Movement – Institute for Global Policy (WFM-IGP)').acronym).toBe('WFM-IGP');
  });

  it('recognises a trailing country, after a dash or in parentheses', () => {
    expect(signatoryNameParts('International Commission of Jurists – Kenya')).toMatchObject({
      key: 'international commission of jurists kenya',
      baseKey: 'international commission of jurists',
      countrySuffixCode: 'KE',
    });
    expect(signatoryNameParts('Genocide Alert (Germany)')).toMatchObject({ baseKey: 'genocide alert', countrySuffixCode: 'DE' });
    expect(signatoryNameParts('Documenta – Center for Dealing with the Past').countrySuffixCode).toBeNull();
  });
});

describe('splitNameCountry', () => {
  it('splits "Name (Country)"', () => {
    expect(splitNameCountry('Genocide Alert (Germany)')).toEqual({ name: 'Genocide Alert', country: 'Germany', countryCode: 'DE' });
    expect(splitNameCountry('Action des jeunes - ADECOP (DR Congo)')).toEqual({ name: 'Action des jeunes - ADECOP', country: 'DR Congo', countryCode: 'CD' });
    expect(splitNameCountry('Réseau de la Femme Africaine (FEMNET) (Mali)')).toEqual({ name: 'Réseau de la Femme Africaine (FEMNET)', country: 'Mali', countryCode: 'ML' });
  });

  it('keeps several countries as written, without one code', () => {
    expect(splitNameCountry('International Refugee Rights Initiative (Uganda and USA)')).toEqual({
      name: 'International Refugee Rights Initiative',
      country: 'Uganda and USA',
      countryCode: null,
    });
  });

  it('does not take acronyms or regions for countries', () => {
    expect(splitNameCountry('Fédération internationale pour les Droits Humains (FIDH)')).toBeNull();
    expect(splitNameCountry('Charter of Human Responsibilities (South Asia)')).toBeNull();
    expect(splitNameCountry('No parentheses at all')).toBeNull();
  });

  it('tells acronyms from countries', () => {
    expect(isAcronym('FIDH')).toBe(true);
    expect(isAcronym('iPeace')).toBe(true);
    expect(isAcronym('USA')).toBe(false);
    expect(isAcronym('Germany')).toBe(false);
    expect(isAcronym('South Asia')).toBe(false);
  });
});
