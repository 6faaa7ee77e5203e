import { describe, expect, it } from 'vitest';
import { evaluateMergeField, type MergeEnvironment } from '../../../../src/shared/merge/evaluate-merge-field';
import type { MergeContext, MergeRecipient } from '../../../../src/shared/merge/merge-context';
import { MERGE_FIELDS } from '../../../../src/shared/merge/merge-fields';

const recipient: MergeRecipient = {
  honorific: 'H.E.',
  name: 'Moussa Faki Mahamat',
  title: 'Chairperson of the African Union Commission',
  organization: 'African Union',
  country: 'Ethiopia',
  countryCode: 'ET',
  salutation: 'Your Excellency',
  addressLines: ['Roosevelt Street', 'Addis Ababa, Ethiopia'],
  email: 'chair@example.org',
  extra: { Mission: 'Permanent Mission in Geneva', 'Meeting date': ' ' },
};
const context: MergeContext = { recipient, signatories: [], date: '2020-04-28' };
const english: MergeEnvironment = { language: 'en', place: 'New York', signatoryCount: 118, coalition: 'Coalition for the Prevention of Atrocities' };

function value(field: string, overrides: Partial<MergeContext> = {}, environment = english): string | null {
  const result = evaluateMergeField(field, { ...context, ...overrides }, environment);
  return result.resolved ? result.value : null;
}

describe('evaluateMergeField', () => {
  it('resolves every recipient field', () => {
    expect(value('recipient.honorific')).toBe('H.E.');
    expect(value('recipient.name')).toBe('Moussa Faki Mahamat');
    expect(value('recipient.title')).toBe('Chairperson of the African Union Commission');
    expect(value('recipient.salutation')).toBe('Your Excellency');
    expect(value('recipient.organization')).toBe('African Union');
    expect(value('recipient.country')).toBe('Ethiopia');
    expect(value('recipient.address')).toBe('Roosevelt Street\nAddis Ababa, Ethiopia');
    expect(value('recipient.email')).toBe('chair@example.org');
    expect(value('recipient.extra.Mission')).toBe('Permanent Mission in Geneva');
    expect(value('recipient.extra.mission')).toBe('Permanent Mission in Geneva');
  });

  it('has an entry for every field in the list', () => {
    for (const path of Object.keys(MERGE_FIELDS)) expect(value(path), path).not.toBeNull();
  });

  it('writes the country in the letter language from its code', () => {
    expect(value('recipient.country', {}, { ...english, language: 'fr' })).toBe('l’Éthiopie');
    expect(value('recipient.country', {}, { ...english, language: 'es' })).toBe('Etiopía');
    expect(value('recipient.country', { recipient: { ...recipient, country: null, countryCode: 'CD' } })).toBe(
      'the Democratic Republic of the Congo',
    );
    expect(value('recipient.country', { recipient: { ...recipient, country: 'Kosovo', countryCode: 'XK' } })).toBe('Kosovo');
  });

  it('resolves date, place and the signatory count in the letter language', () => {
    expect(value('date')).toBe('28 April 2020');
    expect(value('date', {}, { ...english, language: 'fr' })).toBe('28 avril 2020');
    expect(value('date', {}, { ...english, language: 'es' })).toBe('28 de abril de 2020');
    expect(value('date | format: "iso"')).toBe('2020-04-28');
    expect(value('date | format: "short"')).toBe('28/04/2020');
    expect(value('date | format: "month-year"', {}, { ...english, language: 'es' })).toBe('abril de 2020');
    expect(value('date | format: "full"', {}, { ...english, language: 'fr' })).toBe('mardi 28 avril 2020');
    expect(value('date | format: "year"')).toBe('2020');
    expect(value('place')).toBe('New York');
    // The place is named in the letter's language where the place table has it.
    expect(value('place', { place: 'Genève' })).toBe('Geneva');
    expect(value('place', { place: 'Geneva' }, { ...english, language: 'fr' })).toBe('Genève');
    expect(value('place', { place: 'Kakuma' }, { ...english, language: 'es' })).toBe('Kakuma');
    expect(value('signatories.count')).toBe('118');
    expect(value('signatories.count', {}, { ...english, signatoryCount: 1234, language: 'fr' })).toBe('1\u202f234');
  });

  it('applies upper, lower and default in order', () => {
    expect(value('recipient.title | upper')).toBe('CHAIRPERSON OF THE AFRICAN UNION COMMISSION');
    expect(value('recipient.organization | lower')).toBe('african union');
    expect(value('recipient.name | default: "Sir"', { recipient: { ...recipient, name: '  ' } })).toBe('Sir');
    expect(value('recipient.name | default: "Sir" | upper', { recipient: { ...recipient, name: null } })).toBe('SIR');
    expect(value('recipient.name | upper | default: "Sir"', { recipient: { ...recipient, name: null } })).toBe('Sir');
    expect(value('recipient.name | default: "Sir"')).toBe('Moussa Faki Mahamat');
    expect(value('recipient.name | default: ""', { recipient: { ...recipient, name: null } })).toBe('');
  });

  it('uppercases in the letter language', () => {
    const turkish = { ...recipient, organization: 'Organisation islamique' };
    expect(value('recipient.organization | upper', { recipient: turkish }, { ...english, language: 'fr' })).toBe('ORGANISATION ISLAMIQUE');
  });

  it('reports an empty value as unresolved, never as a blank', () => {
    const empty: MergeRecipient = { ...recipient, name: '', title: null, addressLines: ['  '] };
    expect(evaluateMergeField('recipient.name', { ...context, recipient: empty }, english)).toEqual({
      resolved: false,
      path: 'recipient.name',
      label: 'Recipient name',
    });
    expect(evaluateMergeField('recipient.title | upper', { ...context, recipient: empty }, english)).toMatchObject({
      resolved: false,
      path: 'recipient.title',
    });
    expect(evaluateMergeField('recipient.address', { ...context, recipient: empty }, english)).toMatchObject({ resolved: false });
    expect(evaluateMergeField('recipient.extra.Meeting date', context, english)).toMatchObject({
      resolved: false,
      path: 'recipient.extra.Meeting date',
      label: 'Recipient Meeting date',
    });
    expect(evaluateMergeField('recipient.extra.Nothing', context, english)).toMatchObject({ resolved: false });
    expect(evaluateMergeField('recipient.name', { ...context, recipient: null }, english)).toMatchObject({ resolved: false });
    expect(evaluateMergeField('place', context, { ...english, place: '' })).toMatchObject({ resolved: false, path: 'place' });
  });

  it('explains a field that cannot be read', () => {
    expect(evaluateMergeField('recipient.shoe_size', context, english)).toMatchObject({
      resolved: false,
      problem: 'there is no field "recipient.shoe_size"',
    });
    expect(evaluateMergeField('date | format: "roman"', context, english)).toMatchObject({
      resolved: false,
      problem: 'unknown date format "roman"',
    });
    expect(evaluateMergeField('recipient.name | format: "long"', context, english)).toMatchObject({
      resolved: false,
      problem: expect.stringContaining('only to the date'),
    });
  });
});

describe('evaluateMergeField in French and Spanish letters', () => {
  const french: MergeEnvironment = { language: 'fr', place: 'Genève', signatoryCount: 3 };
  const spanish: MergeEnvironment = { language: 'es', place: 'Lima', signatoryCount: 3 };
  it('writes the salutation line and the honorific of the Excellency family in the letter’s language', () => {
    expect(value('recipient.greeting')).toBe('Your Excellency,');
    expect(value('recipient.greeting', {}, french)).toBe('Excellence,');
    expect(value('recipient.greeting', {}, spanish)).toBe('Excelencia:');
    expect(value('recipient.greeting | default: "Excellencies"', { recipient: { ...recipient, salutation: null } }, spanish)).toBe(
      'Excelencias:',
    );
    expect(value('recipient.greeting', { recipient: { ...recipient, salutation: 'Dear Secretary General,' } })).toBe(
      'Dear Secretary General,',
    );
    expect(value('recipient.greeting', { recipient: { ...recipient, salutation: null } }, french)).toBe('Excellence,');
    expect(value('recipient.honorific', {}, french)).toBe('S.E.');
    expect(value('recipient.honorific | default: "H.E."', { recipient: { ...recipient, honorific: null } }, spanish)).toBe('S.E.');
    expect(value('recipient.honorific')).toBe('H.E.');
  });
});

describe('a default written as a pattern of other fields', () => {
  const presetCountry: MergeRecipient = { ...recipient, honorific: null, name: null, title: null, salutation: null, country: 'Netherlands', countryCode: 'NL' };
  const field = 'recipient.name | default: "the Minister for Foreign Affairs {recipient.country | of}"';

  it('fills its fields from what the recipient has, the country in its running-text form with its article', () => {
    expect(value(field, { recipient: presetCountry })).toBe('the Minister for Foreign Affairs of the Netherlands');
    expect(value(field, { recipient: { ...presetCountry, country: 'Kenya', countryCode: 'KE' } })).toBe('the Minister for Foreign Affairs of Kenya');
    expect(value(field)).toBe('Moussa Faki Mahamat');
  });

  it('leaves the field unresolved when a field of the pattern has no value either', () => {
    const nothing = { ...presetCountry, country: null, countryCode: null };
    expect(evaluateMergeField(field, { ...context, recipient: nothing }, english)).toMatchObject({ resolved: false, path: 'recipient.name' });
    expect(value('recipient.title | default: "Ambassador, {recipient.extra.Mission}"', { recipient: presetCountry })).toBe(
      'Ambassador, Permanent Mission in Geneva',
    );
  });
});
