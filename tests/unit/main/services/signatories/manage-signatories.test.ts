import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile, openCampaignFile, type CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { createCampaignFromTemplate } from '../../../../../src/main/services/campaign/create-campaign';
import { findTemplate } from '../../../../../src/main/services/templates/templates';
import { exportSignatories } from '../../../../../src/main/services/signatories/export-signatories';
import { fixSignatoryCountry } from '../../../../../src/main/services/signatories/fix-signatory-country';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { listSuggestionsForReview } from '../../../../../src/main/services/signatories/list-suggestions-for-review';
import { addSignatory } from '../../../../../src/main/services/signatories/add-signatory';
import { deleteSignatories } from '../../../../../src/main/services/signatories/delete-signatories';
import { restoreSignatories } from '../../../../../src/main/services/signatories/restore-signatories';
import { setSignatoryStatus } from '../../../../../src/main/services/signatories/set-signatory-status';
import { updateSignatory } from '../../../../../src/main/services/signatories/update-signatory';
import { resolveSignatorySuggestion } from '../../../../../src/main/services/signatories/resolve-signatory-suggestion';
import { readProvenance } from '../../../../../src/main/services/signatories/signatory-records';
import { useTemporaryFolder } from '../../../temporary-folder';

const fixtures = join(import.meta.dirname, '../../../../fixtures/signatories');
const temporaryFolder = useTemporaryFolder();

async function importedCampaign(): Promise<CampaignFile> {
  const file = createCampaignFromTemplate(join(temporaryFolder(), 'campaign.undersigned'), findTemplate('regional-organizations'), 'Campaign');
  await importSignatories(file.db, { source: join(fixtures, 'signatories-bom-crlf.csv') });
  return file;
}

function find(file: CampaignFile, name: string) {
  const signatory = listSignatories(file.db).signatories.find((candidate) => candidate.name === name);
  if (!signatory) throw new Error(`no signatory ${name}`);
  return signatory;
}

describe('suggestions review', () => {
  it('lists pairs side by side with provenance; merging keeps the chosen spelling and is remembered', async () => {
    const file = await importedCampaign();
    const review = listSuggestionsForReview(file.db);
    expect(review.suggestions.map((pair) => [pair.first.name, pair.second.name, pair.reason])).toEqual([
      ['Human Rights Watch', 'Human Right Watch', 'similar-spelling'],
      ['World Federalist Movement – Institute for Global Policy', 'WFM-IGP', 'acronym'],
    ]);
    const [typo] = review.suggestions;
    expect(typo!.second.provenance).toMatchObject([{ fileName: 'signatories-bom-crlf.csv', row: 3 }]);

    const { signatory, undoToken } = resolveSignatorySuggestion(file.db, { decision: 'merge', firstId: typo!.first.id, secondId: typo!.second.id, keepId: typo!.second.id, name: 'Human Rights Watch' });
    expect(signatory).toMatchObject({ id: typo!.second.id, name: 'Human Rights Watch', contactName: 'Ana Ortiz', email: 'ana@example.org', countryCode: 'US' });
    expect(readProvenance(file.db, typo!.second.id).map((entry) => entry.row)).toEqual([2, 3]);
    expect(listSuggestionsForReview(file.db).total).toBe(1);

    // The merged spelling, imported again from another file, goes straight to the kept signatory.
    const again = await importSignatories(file.db, { source: { fileName: 'late.csv', bytes: new TextEncoder().encode('Organization\nHuman Right Watch\n') } });
    expect(again).toMatchObject({ added: 0, merged: 1 });

    restoreSignatories(file.db, undoToken!);
    expect(listSignatories(file.db).signatories.filter((candidate) => candidate.name === 'Human Rights Watch')).toHaveLength(2);
    file.close();
  });

  it('remembers "distinct" so the pair is not suggested again, even after reopening', async () => {
    const file = await importedCampaign();
    const [, acronymPair] = listSuggestionsForReview(file.db).suggestions;
    resolveSignatorySuggestion(file.db, { decision: 'distinct', firstId: acronymPair!.first.id, secondId: acronymPair!.second.id });
    const path = file.path;
    file.close();
    const reopened = openCampaignFile(path);
    expect(listSuggestionsForReview(reopened.db).suggestions.map((pair) => pair.reason)).toEqual(['similar-spelling']);
    reopened.close();
  });
});

describe('statuses, editing, delete and undo', () => {
  it('withdraws with a date and reason, and confirming again clears them', async () => {
    const file = await importedCampaign();
    const kenya = find(file, 'International Commission of Jurists – Kenya');
    expect(setSignatoryStatus(file.db, [kenya.id], 'withdrawn', { reason: 'Board decision', date: '2026-11-20' })).toBe(1);
    expect(find(file, kenya.name)).toMatchObject({ status: 'withdrawn', withdrawnAt: '2026-11-20', withdrawnReason: 'Board decision' });
    setSignatoryStatus(file.db, [kenya.id], 'confirmed');
    expect(find(file, kenya.name)).toMatchObject({ status: 'confirmed', withdrawnAt: null, withdrawnReason: null });
    file.close();
  });

  it('edits inline: the key follows the name and the code follows the country', async () => {
    const file = await importedCampaign();
    const comite = find(file, 'Comité pour la Paix');
    const updated = updateSignatory(file.db, comite.id, { name: '  Comité   pour la Paix et la Justice ', country: 'Suisse' });
    expect(updated).toMatchObject({ name: 'Comité pour la Paix et la Justice', country: 'Suisse', countryCode: 'CH' });
    expect((file.db.prepare('SELECT name_key FROM signatories WHERE id = ?').get(comite.id) as { name_key: string }).name_key).toBe('comite pour la paix et la justice');
    expect(() => updateSignatory(file.db, comite.id, { name: '  ' })).toThrow('the organization name cannot be empty');
    file.close();
  });

  it('adds one by hand, refusing one already in the list', async () => {
    const file = await importedCampaign();
    const added = addSignatory(file.db, { name: ' Genocide  Alert ', country: 'Allemagne' });
    expect(added).toMatchObject({ name: 'Genocide Alert', country: 'Allemagne', countryCode: 'DE', status: 'confirmed', sourceId: null });
    expect(added.position).toBe(Math.max(...listSignatories(file.db).signatories.map((signatory) => signatory.position)));
    expect(() => addSignatory(file.db, { name: 'the réseau equitas côte d’ivoire' })).toThrow('is already in the list as “Réseau Equitas Côte d’Ivoire (REQCI)”');
    expect(addSignatory(file.db, { name: 'International Commission of Jurists – Kenya', country: 'Norway' }).countryCode).toBe('NO');
    file.close();
  });

  it('deletes with undo, keeping ids and provenance', async () => {
    const file = await importedCampaign();
    const before = listSignatories(file.db).signatories;
    const ids = before.slice(0, 3).map((signatory) => signatory.id);
    const provenance = readProvenance(file.db, ids[2]!);
    const { deleted, undoToken } = deleteSignatories(file.db, ids);
    expect(deleted).toBe(3);
    expect(listSignatories(file.db).signatories).toHaveLength(before.length - 3);
    expect(restoreSignatories(file.db, undoToken)).toEqual({ restored: 3 });
    expect(listSignatories(file.db).signatories).toEqual(before);
    expect(readProvenance(file.db, ids[2]!)).toEqual(provenance);
    expect(() => restoreSignatories(file.db, undoToken)).toThrow('nothing to undo');
    file.close();
  });
});

describe('countries', () => {
  it('fixes an unknown country for every row that has it, and remembers it for the next import', async () => {
    const file = createCampaignFile(join(temporaryFolder(), 'countries.undersigned'));
    const csv = 'Organization,Country\nFirst Group,Cote Ivoir\nSecond Group,cote ivoir\nThird Group,Kenya\n';
    await importSignatories(file.db, { source: { fileName: 'typos.csv', bytes: new TextEncoder().encode(csv) } });
    expect(listSignatories(file.db).unknownCountries).toEqual([{ country: 'Cote Ivoir', count: 2 }]);
    expect(fixSignatoryCountry(file.db, 'Cote Ivoir', 'CI')).toEqual({ updated: 2 });
    expect(listSignatories(file.db).unknownCountries).toEqual([]);
    expect(listSignatories(file.db).signatories.map((signatory) => [signatory.country, signatory.countryCode])).toEqual([
      ['Cote Ivoir', 'CI'],
      ['cote ivoir', 'CI'],
      ['Kenya', 'KE'],
    ]);
    await importSignatories(file.db, { source: { fileName: 'later.csv', bytes: new TextEncoder().encode('Organization,Country\nFourth Group,COTE IVOIR\n') } });
    expect(find(file, 'Fourth Group').countryCode).toBe('CI');
    expect(() => fixSignatoryCountry(file.db, 'Cote Ivoir', 'ZZ')).toThrow('"ZZ" is not an ISO 3166 country code');
    file.close();
  });
});

describe('export', () => {
  it('writes CSV with formula-like cells neutralised and quotes where needed', async () => {
    const file = await importedCampaign();
    const bytes = await exportSignatories(file.db, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\ufeffOrganization,Acronym,Country,Country code,Contact,Email,Title,Status,Withdrawn on,Withdrawal reason,Notes\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    const evil = parsed.find((row) => row[0]!.includes('HYPERLINK'))!;
    expect(evil[0]).toBe('\'@HYPERLINK("http://evil.example")');
    expect(text).toContain('"\'@HYPERLINK(""http://evil.example"")"');
    expect(parsed.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    file.close();
  });

  it('writes XLSX that reads back as text, formulas neutralised', async () => {
    const file = await importedCampaign();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportSignatories(file.db, 'xlsx', ['confirmed'])) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Signatories')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Organization');
    const values: string[] = [];
    sheet.eachRow((row) => values.push(String(row.getCell(1).value)));
    expect(values).toContain('\'@HYPERLINK("http://evil.example")');
    expect(values).not.toContain('The Arab Center for the Independence of the Judiciary');
    file.close();
  });
});
