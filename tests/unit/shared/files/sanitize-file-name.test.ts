import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../../../src/shared/files/sanitize-file-name';

describe('sanitizeFileName', () => {
  it('removes bidi controls, so a name cannot pretend to end in another extension', () => {
    expect(sanitizeFileName('Ministry of Justice \u202Efdp.exe')).toBe('Ministry of Justice fdp.exe');
    expect(sanitizeFileName('\u2066Amnesty\u2069 \u200eKenya\u200f \u202a\u202b\u202c\u202d')).toBe('Amnesty Kenya');
  });

  it('strips leading dashes and dots, so a name is never read as an option or hidden', () => {
    expect(sanitizeFileName('--rf campaign')).toBe('rf campaign');
    expect(sanitizeFileName('-.-.hidden')).toBe('hidden');
    expect(sanitizeFileName('.bashrc')).toBe('bashrc');
    expect(sanitizeFileName('---', 'letter')).toBe('letter');
    expect(sanitizeFileName('Spring - letters')).toBe('Spring - letters');
  });
});
