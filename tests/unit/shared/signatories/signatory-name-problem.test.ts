import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signatoryNameProblem } from '../../../../src/shared/signatories/signatory-name-problem';

describe('signatoryNameProblem', () => {
  it('accepts organization names as they are written, commas, acronyms, digits and abbreviations included', () => {
    for (const name of [
      'Human Rights Watch',
      'Church of Christ, Justice Ministries',
      'Brot für die Welt e.V.',
      'Amnesty International Ltd.',
      '350.org',
      '7amleh',
      '3M',
      'WFM-IGP',
      'Réseau Equitas Côte d’Ivoire (REQCI)',
      '=HYPERLINK("http://evil.example")',
      'ΕΛΛΗΝΙΚΗ ΕΝΩΣΗ ΓΙΑ ΤΑ ΔΙΚΑΙΩΜΑΤΑ ΤΟΥ ΑΝΘΡΩΠΟΥ',
      'منظمة العفو الدولية',
    ]) {
      expect(signatoryNameProblem(name), name).toBeNull();
    }
  });

  it('refuses junk with a reason naming it', () => {
    const cases: [string, RegExp][] = [
      ['', /no organization name/],
      ['9000', /number or date/],
      ['4 500,50', /number or date/],
      ['2020-11-30', /number or date/],
      ['TRUE', /yes\/no/],
      ['Non', /yes\/no/],
      ['N/A', /yes\/no or empty/],
      ['#N/A', /error value/],
      ['#DIV/0!', /error value/],
      ['✓', /no letters/],
      ['file:///C:/Users/me/letter.docx', /web or file address/],
      ['https://example.org/sign', /web or file address/],
      ['info@example.org', /e-mail/],
      ['${employee.name}', /placeholder/],
      ['{{ recipient.name }}', /placeholder/],
      ['</jx:forEach>', /markup/],
      ['Do you agree to sign?', /question/],
      ['Please fill in one row per organisation. Do not edit the headers of sheet 2.', /sentences/],
      ['x'.repeat(201), /over 200/],
    ];
    for (const [name, reason] of cases) expect(signatoryNameProblem(name), name).toMatch(reason);
  });

  it('is stable: a name it accepts is accepted again after trimming and NFC, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', ' ', '\u00a0', '  \t'), (name, padding) => {
        expect(signatoryNameProblem(`${padding}${name}${padding}`) === null).toBe(signatoryNameProblem(name.normalize('NFD')) === null);
      }),
    );
  });
});
