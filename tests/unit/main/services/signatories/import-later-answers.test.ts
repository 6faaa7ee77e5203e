import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile, type CampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { setSignatoryStatus } from '../../../../../src/main/services/signatories/set-signatory-status';
import { readProvenance } from '../../../../../src/main/services/signatories/signatory-records';
import { laterAnswerReport } from '../../../../../src/shared/signatories/later-answer-report';
import { useTemporaryFolder } from '../../../temporary-folder';

const fixtures = join(import.meta.dirname, '../../../../fixtures/later-answers');
const temporaryFolder = useTemporaryFolder();

function newCampaign(): CampaignFile {
  return createCampaignFile(join(temporaryFolder(), 'campaign.undersigned'));
}

function statuses(file: CampaignFile): Record<string, string> {
  return Object.fromEntries(listSignatories(file.db).signatories.map((signatory) => [signatory.name, signatory.status]));
}

function signatory(file: CampaignFile, name: string) {
  return listSignatories(file.db).signatories.find((entry) => entry.name === name)!;
}

/** The form's responses downloaded as XLSX a month later, the rows sorted by organisation as a coordinator sorts them; timestamps are date cells. */
async function writeAprilResponses(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form Responses 1');
  sheet.addRow(['Timestamp', 'Email Address', 'Name of your organisation', 'Country', 'Do you agree to sign the joint letter?']);
  const rows: [string, string, string, string, string][] = [
    ['2026-03-04T08:02:40Z', 'x@example.org', 'Act for Peace', 'Australia', ''],
    ['2026-03-21T12:00:00Z', 'x@example.org', 'Act for Peace', 'Australia', 'No'],
    ['2026-03-04T14:15:09Z', 'press@amnesty.example', 'Amnesty International', 'United Kingdom', 'No, not this time'],
    ['2026-03-25T09:30:00Z', 'press@amnesty.example', 'Amnesty International', 'United Kingdom', 'Yes'],
    ['2026-03-02T10:01:55Z', 'info@fidh.example', 'FIDH', 'France', 'Yes'],
    ['2026-03-20T16:45:00Z', 'info@fidh.example', 'FIDH', 'France', 'No, we withdraw our signature'],
    ['2026-03-02T09:14:03Z', 'ana@example.org', 'Human Rights Watch', 'United States', 'Yes'],
    ['2026-03-03T16:40:12Z', 'k@example.org', 'Kenya Human Rights Commission', 'Kenya', 'Yes, we sign on'],
  ];
  for (const [time, ...cells] of rows) sheet.addRow([new Date(time), ...cells]);
  sheet.getColumn(1).numFmt = 'yyyy-mm-dd hh:mm:ss';
  const path = join(folder, 'form-responses-april.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

describe('importSignatories: a later answer', () => {
  it('declines organisations that said no in a later export, asks a person about a yes after a no, and keeps the latest answer when the form is exported again', async () => {
    const file = newCampaign();
    const march = await importSignatories(file.db, { source: join(fixtures, 'form-responses-march.csv') });
    expect(march).toMatchObject({ added: 5, nowDeclined: [], yesAfterNo: [] });
    expect(march.notes).toContain('Answers are dated by "Timestamp": when an organisation answered more than once, its latest answer counts.');

    const april = await importSignatories(file.db, { source: await writeAprilResponses(temporaryFolder()) });
    expect(april).toMatchObject({ added: 0, merged: 8 });
    const fidh = signatory(file, 'FIDH');
    const amnesty = signatory(file, 'Amnesty International');
    const actForPeace = signatory(file, 'Act for Peace');
    expect(april.nowDeclined).toEqual([
      { signatoryId: actForPeace.id, name: 'Act for Peace', row: 3, previousStatus: 'pending' },
      { signatoryId: fidh.id, name: 'FIDH', row: 7, previousStatus: 'confirmed' },
    ]);
    expect(april.yesAfterNo).toEqual([{ signatoryId: amnesty.id, name: 'Amnesty International', row: 5, previousStatus: 'declined' }]);
    // The status change is not also reported as a kept value.
    expect(april.conflicts.filter((conflict) => conflict.field === 'status')).toEqual([]);
    expect(statuses(file)).toEqual({
      'Human Rights Watch': 'confirmed',
      FIDH: 'declined',
      'Kenya Human Rights Commission': 'confirmed',
      'Act for Peace': 'declined',
      'Amnesty International': 'declined',
    });
    expect(fidh).toMatchObject({ withdrawnAt: '2026-03-20', withdrawnReason: 'Answered no in "form-responses-april.xlsx", row 7 (Timestamp 2026-03-20T16:45:00.000Z)' });
    expect(readProvenance(file.db, fidh.id).map((entry) => [entry.fileName, entry.row])).toEqual([
      ['form-responses-march.csv', 3],
      ['form-responses-april.xlsx', 6],
      ['form-responses-april.xlsx', 7],
    ]);
    expect(laterAnswerReport(april)).toEqual([
      '1 organisation withdrew (now declined): FIDH (row 7).',
      '1 organisation answered no after a blank answer (now declined): Act for Peace (row 3).',
      '1 organisation said yes after saying no and stays declined until someone confirms it in the signatory list: Amnesty International (row 5).',
    ]);

    // A person confirms Amnesty's yes; the form exported again (every answer since March) changes nothing already decided.
    setSignatoryStatus(file.db, [amnesty.id], 'confirmed');
    const may = await importSignatories(file.db, { source: join(fixtures, 'form-responses-may.csv') });
    expect(may).toMatchObject({ added: 1, merged: 8, nowDeclined: [], yesAfterNo: [] });
    expect(statuses(file)).toEqual({
      'Human Rights Watch': 'confirmed',
      FIDH: 'declined',
      'Kenya Human Rights Commission': 'confirmed',
      'Act for Peace': 'declined',
      'Amnesty International': 'confirmed',
      Misereor: 'confirmed',
    });
    file.close();
  });

  it('without a timestamp, the later import and the lower row are the later answers; rows seen before are no new answer', async () => {
    const file = newCampaign();
    await importSignatories(file.db, { source: join(fixtures, 'sign-on-list.csv') });
    expect(statuses(file)).toEqual({ 'Human Rights Watch': 'confirmed', FIDH: 'confirmed', 'Amnesty International': 'declined' });

    const updated = await importSignatories(file.db, { source: join(fixtures, 'sign-on-list-updated.csv') });
    expect(updated.nowDeclined.map(({ name, row }) => [name, row])).toEqual([['FIDH', 5]]);
    expect(updated.yesAfterNo.map(({ name, row }) => [name, row])).toEqual([['Amnesty International', 6]]);
    expect(signatory(file, 'FIDH')).toMatchObject({ status: 'declined', withdrawnReason: 'Answered no in "sign-on-list-updated.csv", row 5' });
    expect(signatory(file, 'Amnesty International').status).toBe('declined');

    // Confirmed by a person, Amnesty stays confirmed when the same rows come back in the next version of the list.
    setSignatoryStatus(file.db, [signatory(file, 'Amnesty International').id], 'confirmed');
    const final = await importSignatories(file.db, { source: join(fixtures, 'sign-on-list-final.csv') });
    expect(final).toMatchObject({ added: 1, nowDeclined: [], yesAfterNo: [] });
    expect(statuses(file)).toEqual({ 'Human Rights Watch': 'confirmed', FIDH: 'declined', 'Amnesty International': 'confirmed', 'Act for Peace': 'confirmed' });
    file.close();
  });

  it('within one file sorted by organisation, orders the answers by their timestamps (German day-first dates)', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'antworten-sortiert.csv') });
    // FIDH's "Ja" (2 March) came before its "Nein" (14 March): no yes after a no. HRW's "Nein" on 15 March withdrew its "Ja".
    expect(summary.yesAfterNo).toEqual([]);
    expect(summary.nowDeclined.map(({ name, row, previousStatus }) => [name, row, previousStatus])).toEqual([['Human Rights Watch', 5, 'confirmed']]);
    expect(statuses(file)).toEqual({ FIDH: 'declined', 'Human Rights Watch': 'declined', Misereor: 'confirmed' });
    expect(signatory(file, 'Human Rights Watch')).toMatchObject({ withdrawnAt: '2026-03-15', withdrawnReason: 'Answered no in "antworten-sortiert.csv", row 5 (Zeitstempel 15.03.2026 11:30:00)' });
    file.close();
  });

  it('does not guess dates that read either day-first or month-first: the lower row is the later answer, and a note says so', async () => {
    const file = newCampaign();
    const summary = await importSignatories(file.db, { source: join(fixtures, 'responses-ambiguous-dates.csv') });
    expect(summary.yesAfterNo.map(({ name, row }) => [name, row])).toEqual([['FIDH', 3]]);
    expect(statuses(file)).toEqual({ FIDH: 'declined' });
    expect(summary.notes.some((note) => note.includes('"Timestamp" read as well day-first as month-first'))).toBe(true);
    file.close();
  });
});
