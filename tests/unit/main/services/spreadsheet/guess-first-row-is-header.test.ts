import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessFirstRowIsHeader } from '../../../../../src/main/services/spreadsheet/guess-first-row-is-header';
import { readSpreadsheet } from '../../../../../src/main/services/spreadsheet/read-spreadsheet';

async function guessFor(path: string): Promise<boolean> {
  return guessFirstRowIsHeader((await readSpreadsheet(path)).rows);
}

describe('guessFirstRowIsHeader', () => {
  it('takes a row of labels above countries, e-mail addresses and phone numbers as a header', async () => {
    expect(await guessFor('tests/fixtures/recipients/focal-points.csv')).toBe(true);
  });

  it('takes a row of labels above numbers as a header', async () => {
    expect(await guessFor('tests/fixtures/signatories/no-organization-column.csv')).toBe(true);
  });

  it('reads a first row of values (a country, an address) as data', async () => {
    expect(await guessFor('tests/fixtures/recipients/focal-points-no-header.csv')).toBe(false);
  });

  it('reads a list of names of one kind as data: nothing tells its first name from the others', async () => {
    expect(await guessFor('tests/fixtures/import-corpus/headerless-names.txt')).toBe(false);
  });

  it('reads a header-only file as data (there is nothing to compare it with)', async () => {
    expect(await guessFor(join('tests/fixtures/signatories', 'header-only.csv'))).toBe(false);
  });
});
