import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile, type CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { previewSignatoryImport } from '../../../../../src/main/services/signatories/preview-signatory-import';
import { readProvenance } from '../../../../../src/main/services/signatories/signatory-records';
import { useTemporaryFolder } from '../../../temporary-folder';
import { writeLongCellCsv, writeSignatoryWorkbook } from '../spreadsheet/xlsx-fixtures';

const fixtures = join(import.meta.dirname, '../../../../fixtures/signatories');
const temporaryFolder = useTemporaryFolder();

function newCampaign(): CampaignFile {
  return createCampaignFile(join(temporaryFolder(), 'campaign.undersigned'));
}

function names(file: CampaignFile): string[] {
  return listSignatories(file.db).signatories.map((signatory) => signatory.name);
}

describe('importSignatories', () => {
  it('tells the app its own controls and the command line its options, never the app a command-line option', async () => {
    const corpus = join(import.meta.dirname, '../../../../fixtures/import-corpus');
    const reports: Record<string, string> = {};
    for (const audience of ['app', 'cli'] as const) {
      const file = createCampaignFile(join(temporaryFolder(), `${audience}.undersigned`));
      const notes = [
        ...(await importSignatories(file.db, { source: join(corpus, 'instructions-first.xlsx'), audience })).notes,
        ...(await importSignatories(file.db, { source: join(corpus, 'merged-hidden.ods'), audience })).notes,
        ...(await importSignatories(file.db, { source: join(corpus, 'no-country-column.csv'), audience })).notes,
      ];
      const refusal = await importSignatories(file.db, { source: join(corpus, 'headerless-numbers.csv'), audience }).catch((error: Error) => error.message);
      reports[audience] = [...notes, refusal].join('\n');
      file.close();
    }
    expect(reports.app).not.toMatch(/--(sheet|include-hidden|map)/);
    expect(reports.app).toContain('choose another in the sheet list');
    expect(reports.app).toContain('unhide them in the spreadsheet and import it again to read them');
    expect(reports.app).toContain('Choose the column that holds the names in the mapping step');
    expect(reports.cli).toContain('choose another with --sheet');
    expect(reports.cli).toContain('import with --include-hidden to read them');
    expect(reports.cli).toContain('--map "Header=country"');
    expect(reports.cli).toContain('Map the column that holds the names, e.g. --map "Header=name"');
  });

  it('imports a BOM+CRLF CSV: exact merges across case, diacritics, spacing and "The"; errors by row', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'signatories-bom-crlf.csv') });
    expect(summary).toMatchObject({ added: 11, merged: 2, split: 0, alreadyImported: 0 });
    expect(summary.errors).toEqual([{ row: 15, message: 'row 15: no organization name' }]);
    // "maybe later" names no status: the row is kept as pending (a note says so), blank answers too.
    expect(summary.statuses).toEqual({ confirmed: 8, pending: 5, withdrawn: 0, declined: 0 });
    expect(names(file)).toEqual([
      'Human Rights Watch',
      'Human Right Watch',
      'Réseau Equitas Côte d’Ivoire (REQCI)',
      'The Arab Center for the Independence of the Judiciary',
      'International Commission of Jurists – Kenya',
      'International Commission of Jurists – Norway',
      'World Federalist Movement – Institute for Global Policy',
      'WFM-IGP',
      'Comité pour la Paix',
      '@HYPERLINK("http://evil.example")',
      'Act for Peace',
    ]);
    const { signatories, unknownCountries } = listSignatories(file.db);
    const reseau = signatories.find((signatory) => signatory.name.startsWith('Réseau'))!;
    // The blank email was filled from the second spelling; the contact already there was kept.
    expect(reseau).toMatchObject({ acronym: 'REQCI', countryCode: 'CI', contactName: 'Koffi Yao', email: 'info@reqci.example' });
    expect(readProvenance(file.db, reseau.id).map((entry) => [entry.fileName, entry.row])).toEqual([
      ['signatories-bom-crlf.csv', 4],
      ['signatories-bom-crlf.csv', 5],
    ]);
    const arab = signatories.find((signatory) => signatory.name.includes('Arab Center'))!;
    expect(arab).toMatchObject({ status: 'pending', contactName: 'Samir Adel', extra: { Notes: 'Second form' } });
    expect(signatories.find((signatory) => signatory.name === 'Human Rights Watch')).toMatchObject({
      countryCode: 'US',
      country: 'USA',
      extra: { Notes: 'Signed by email' },
    });
    expect(unknownCountries).toEqual([{ country: 'Absurdistan', count: 1 }]);
    // Typo, acronym and HRW-style pairs are suggested, Kenya/Norway are not.
    expect(summary.suggested).toBe(2);
    file.close();
  });

  it('recognises the same file imported again and adds nothing twice', async () => {
    const file = newCampaign();
    const folder = temporaryFolder();
    const copy = join(folder, 'renamed copy.csv');
    copyFileSync(join(fixtures, 'signatories-bom-crlf.csv'), copy);
    await importSignatories(file.db, { source: join(fixtures, 'signatories-bom-crlf.csv') });
    const before = names(file);
    const again = await importSignatories(file.db, { source: copy });
    expect(again).toMatchObject({ added: 0, merged: 0, alreadyImported: 13 });
    expect(names(file)).toEqual(before);
    expect((file.db.prepare('SELECT count(*) AS n FROM signatory_sources').get() as { n: number }).n).toBe(1);
    file.close();
  });

  it('splits "Name (Country)" when no country column is mapped, not acronyms or regions', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'signatories-name-country.csv') });
    expect(summary).toMatchObject({ added: 7, split: 5 });
    const rows = listSignatories(file.db).signatories.map((signatory) => [signatory.name, signatory.country, signatory.countryCode]);
    expect(rows).toEqual([
      ['Genocide Alert', 'Germany', 'DE'],
      ['Act for Peace', 'Australia', 'AU'],
      ['Fédération internationale pour les Droits Humains (FIDH)', null, null],
      ['Action des jeunes pour le Développement Communautaire et la Paix - ADECOP', 'DR Congo', 'CD'],
      ['Charter of Human Responsibilities (South Asia)', null, null],
      ['International Refugee Rights Initiative', 'Uganda and USA', null],
      ['Réseau de Développement et de Communications de la Femme Africaine (FEMNET)', 'Mali', 'ML'],
    ]);
    const unsplit = newCampaign();
    expect(
      await importSignatories(unsplit.db, { source: join(fixtures, 'signatories-name-country.csv'), splitNameCountry: false }),
    ).toMatchObject({ split: 0 });
    expect(names(unsplit)[0]).toBe('Genocide Alert (Germany)');
    file.close();
    unsplit.close();
  });

  it('imports French headers below a title row, with French statuses', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'signatories-french-semicolon.csv') });
    expect(summary).toMatchObject({ added: 4, errors: [] });
    const byName = new Map(listSignatories(file.db).signatories.map((signatory) => [signatory.name, signatory]));
    expect(byName.get('Fédération internationale pour les Droits Humains (FIDH)')).toMatchObject({
      countryCode: 'FR',
      acronym: 'FIDH',
      email: 'c.martin@example.org',
      status: 'confirmed',
    });
    expect(byName.get('Ligue des droits de l’homme')).toMatchObject({
      countryCode: 'DE',
      status: 'pending',
      extra: { Remarques: 'rappel envoyé' },
    });
    expect(byName.get('Réseau des Défenseurs')).toMatchObject({ countryCode: 'SN', status: 'withdrawn' });
    expect(byName.get('Réseau des Défenseurs')!.withdrawnAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    file.close();
  });

  it('previews how many names end with a country to split, only while no column feeds the country', async () => {
    const csv = 'Organization,Country\nGenocide Alert (Germany),\nFIDH (FIDH),\nKeine Ruhe,\nAmnesty (Uganda and Kenya),Atlantis\n';
    const source = { fileName: 'names.csv', bytes: new TextEncoder().encode(csv) };
    const withCountry = await previewSignatoryImport({ source });
    expect(withCountry).toMatchObject({ splittable: 0, unknownCountries: ['Atlantis'] });
    const mapping = withCountry.mapping.map((entry) => (entry.field === 'country' ? { ...entry, field: null } : entry));
    expect(await previewSignatoryImport({ source, mapping })).toMatchObject({ splittable: 2, unknownCountries: [] });
  });

  it('imports an XLSX through a mapping chosen in the mapping step', async () => {
    const file = newCampaign();
    const path = await writeSignatoryWorkbook(temporaryFolder());
    const bytes = new Uint8Array(readFileSync(path));
    const preview = await previewSignatoryImport({ source: { fileName: 'firmantes.xlsx', bytes } });
    expect(preview).toMatchObject({ headerRow: 3, sheetName: 'Firmantes', rowCount: 3, splittable: 0, unknownCountries: [] });
    const mapping = preview.mapping.map((entry) => (entry.header === 'Correo electrónico' ? { ...entry, field: null } : entry));
    const summary = await importSignatories(file.db, { source: { fileName: 'firmantes.xlsx', bytes }, mapping });
    expect(summary).toMatchObject({ added: 3, errors: [] });
    const mexico = listSignatories(file.db).signatories.find((signatory) => signatory.countryCode === 'MX')!;
    expect(mexico).toMatchObject({ email: null, extra: { 'Correo electrónico': 'cmdpdh@example.org', Fecha: '2020-11-30' } });
    file.close();
  });

  it('imports the good rows of a file with a 100,000-character cell, reporting the bad row', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: writeLongCellCsv(temporaryFolder()) });
    expect(summary.added).toBe(2);
    expect(summary.errors.map((error) => error.row)).toEqual([3]);
    file.close();
  });

  it('changes nothing when the file is refused', async () => {
    const file = newCampaign();
    await importSignatories(file.db, { source: join(fixtures, 'signatories-french-semicolon.csv') });
    const before = JSON.stringify(listSignatories(file.db));
    await expect(importSignatories(file.db, { source: join(fixtures, 'no-organization-column.csv') })).rejects.toThrow(
      'no recognisable organization column',
    );
    await expect(importSignatories(file.db, { source: join(fixtures, 'empty.csv') })).rejects.toThrow('"empty.csv" is empty.');
    expect(JSON.stringify(listSignatories(file.db))).toBe(before);
    file.close();
  });

  it('previews a file with no recognisable name column with its columns to map, and a header-only file as no rows', async () => {
    const unrecognised = await previewSignatoryImport({ source: join(fixtures, 'no-organization-column.csv') });
    // No header is recognised, but "Colour, Size, Weight" are labels above numbers: the first row is taken as the titles, not as data.
    expect(unrecognised).toMatchObject({ headerRow: 1, headerRecognised: false, headers: ['Colour', 'Size', 'Weight'], rowCount: 2 });
    expect(unrecognised.mapping.map((entry) => entry.field)).toEqual([null, null, null]);
    expect(unrecognised.rows.map((row) => row.cells[0])).toEqual(['red', 'blue']);
    // Answered "no": every row is data under numbered columns.
    const asData = await previewSignatoryImport({ source: join(fixtures, 'no-organization-column.csv'), firstRowIsHeader: false });
    expect(asData).toMatchObject({ headerRow: null, headerRecognised: false, headers: ['Column 1', 'Column 2', 'Column 3'], rowCount: 3 });
    expect(asData.rows.map((row) => row.cells[0])).toEqual(['Colour', 'red', 'blue']);

    const chosen = unrecognised.mapping.map((entry) => (entry.column === 0 ? { ...entry, field: 'name' } : entry));
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'no-organization-column.csv'), mapping: chosen, firstRowIsHeader: true });
    expect(summary.added).toBe(2);
    expect(names(file).sort()).toEqual(['blue', 'red']);
    expect(summary.notes).toContain(
      'No column title was recognised, so row 1 ("Colour", "Size", "Weight") was read as the column titles and not imported; answer “Is the first row a header?” in the mapping step.',
    );
    file.close();
    const other = newCampaign();
    const withTitles = await importSignatories(other.db, { source: join(fixtures, 'no-organization-column.csv'), mapping: chosen, firstRowIsHeader: false });
    expect(withTitles.added).toBe(3);
    expect(names(other)).toContain('Colour');
    other.close();

    const headerOnly = await previewSignatoryImport({ source: join(fixtures, 'header-only.csv') });
    expect(headerOnly).toMatchObject({ headerRow: 1, rowCount: 0, rows: [] });
    expect(headerOnly.mapping.find((entry) => entry.header === 'Organization')?.field).toBe('name');
    await expect(previewSignatoryImport({ source: join(fixtures, 'empty.csv') })).rejects.toThrow(
      '"empty.csv" is empty. No rows to import.',
    );
  });

  it('reads UTF-16 and Windows-1252 files into the campaign with their accents', async () => {
    const file = newCampaign();
    await importSignatories(file.db, { source: join(fixtures, 'signatories-utf16le.txt') });
    await importSignatories(file.db, { source: join(fixtures, 'signatories-windows-1252.csv') });
    expect(names(file)).toContain('Comisión Mexicana de Defensa y Promoción de los Derechos Humanos');
    expect(names(file)).toContain('Naïve Coalition – “Quotes”');
    expect(listSignatories(file.db).signatories.find((signatory) => signatory.name === 'Ação Cidadã')!.countryCode).toBe('BR');
    file.close();
  });
});
