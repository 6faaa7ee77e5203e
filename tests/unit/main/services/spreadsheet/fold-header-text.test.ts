import { describe, expect, it } from 'vitest';
import { foldHeaderText } from '../../../../../src/main/services/spreadsheet/fold-header-text';

describe('foldHeaderText', () => {
  it('spreadsheet headers: punctuation ignored, "&" and articles kept', () => {
    expect(foldHeaderText('Organización:')).toBe('organizacion');
    expect(foldHeaderText("Contact's e-mail")).toBe('contacts e mail');
    expect(foldHeaderText('The Name & Title')).toBe('the name title');
  });
});
