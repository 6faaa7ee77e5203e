import { describe, expect, it } from 'vitest';
import { expandNamePattern } from '../../../../src/shared/merge/expand-name-pattern';
import type { MergeContext } from '../../../../src/shared/merge/merge-context';

const context: MergeContext = {
  recipient: {
    honorific: null,
    name: null,
    title: null,
    organization: 'Southern African Development Community',
    country: 'Botswana',
    countryCode: 'BW',
    salutation: null,
    addressLines: ['Gaborone', 'Botswana'],
    email: null,
    extra: { Acronym: 'SADC' },
  },
  signatories: [],
  date: '2020-04-28',
};
const environment = { language: 'en' as const, place: 'New York', signatoryCount: 0 };

describe('expandNamePattern', () => {
  it('fills single- and double-brace fields with filters', () => {
    expect(expandNamePattern('{recipient.organization} - {date}', context, environment)).toEqual({
      text: 'Southern African Development Community - 28 April 2020',
      unresolved: [],
    });
    expect(expandNamePattern('{{recipient.extra.Acronym | lower}}_{date | format: "iso"}', context, environment).text).toBe(
      'sadc_2020-04-28',
    );
    expect(expandNamePattern('{recipient.address}', context, environment).text).toBe('Gaborone Botswana');
  });

  it('leaves out unresolved fields and the separators around them', () => {
    expect(expandNamePattern('{recipient.name} - {recipient.country}', context, environment)).toEqual({
      text: 'Botswana',
      unresolved: ['recipient.name'],
    });
  });
});

describe('expandNamePattern for a recipient without the pattern’s fields', () => {
  it('names the recipient by its label when no recipient field of the pattern has a value', () => {
    const country: MergeContext = { ...context, recipient: { ...context.recipient!, organization: null, country: 'Andorra', countryCode: 'AD', extra: {} } };
    expect(expandNamePattern('{recipient.organization} - {date}', country, environment)).toEqual({
      text: 'Andorra - 28 April 2020',
      unresolved: ['recipient.organization'],
    });
    expect(expandNamePattern('{recipient.name} - {recipient.country}', country, environment).text).toBe('Andorra');
  });
});
