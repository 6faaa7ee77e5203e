import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/cli/index';
import { writeSignatoryWorkbook } from '../../main/services/spreadsheet/xlsx-fixtures';
import { useTemporaryFolder } from '../../temporary-folder';

const fixtures = resolve('tests/fixtures/signatories');
const temporaryFolder = useTemporaryFolder();

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

async function newCampaign(): Promise<string> {
  const path = join(temporaryFolder(), 'letters.undersigned');
  expect((await cli(['new', path, '--template', 'regional-organizations'])).code).toBe(0);
  return path;
}

describe('undersigned import … signatories', () => {
  it('prints exactly the summary keys as JSON, and row errors on stderr naming the file', async () => {
    const campaign = await newCampaign();
    const { code, stdout, stderr } = await cli(['import', campaign, 'signatories', join(fixtures, 'signatories-bom-crlf.csv'), '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual(['added', 'merged', 'suggested', 'split', 'errors', 'statuses', 'nowDeclined', 'yesAfterNo', 'notes']);
    expect(summary).toMatchObject({ added: 11, merged: 2, suggested: 2, split: 0, statuses: { confirmed: 8, pending: 5, withdrawn: 0, declined: 0 } });
    expect(summary.errors).toEqual([{ row: 15, message: 'row 15: no organization name' }]);
    expect(summary.notes).toContain('1 answer in "Status" named no status and was kept as pending (row 16).');
    expect(stderr).toContain('signatories-bom-crlf.csv: row 15: no organization name');
  });

  it('says which organisations withdrew in a later list (now declined, never printed) and which said yes after a no', async () => {
    const campaign = await newCampaign();
    const laterAnswers = resolve('tests/fixtures/later-answers');
    expect((await cli(['import', campaign, 'signatories', join(laterAnswers, 'sign-on-list.csv')])).code).toBe(0);
    const { code, stdout } = await cli(['import', campaign, 'signatories', join(laterAnswers, 'sign-on-list-updated.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain('  1 organisation withdrew (now declined): FIDH (row 5).\n');
    expect(stdout).toContain('  1 organisation said yes after saying no and stays declined until someone confirms it in the signatory list: Amnesty International (row 6).\n');
    expect(stdout).not.toMatch(/kept status/);
    const printed = JSON.parse((await cli(['signatories', campaign, '--json'])).stdout) as { signatories: { name: string }[] };
    expect(printed.signatories.map((signatory) => signatory.name)).toEqual(['Human Rights Watch']);
    const declined = JSON.parse((await cli(['signatories', campaign, '--status', 'declined', '--json'])).stdout) as { signatories: { name: string }[] };
    expect(declined.signatories.map((signatory) => signatory.name).sort()).toEqual(['Amnesty International', 'FIDH']);
    const json = JSON.parse((await cli(['import', campaign, 'signatories', join(laterAnswers, 'sign-on-list-final.csv'), '--json'])).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ added: 1, nowDeclined: [], yesAfterNo: [] });
  });

  it('imports an ODS file LibreOffice Calc saved, with its sheet chosen by --sheet', async () => {
    const campaign = await newCampaign();
    const corpus = resolve('tests/fixtures/import-corpus');
    const { code, stdout } = await cli(['import', campaign, 'signatories', join(corpus, 'merged-hidden.ods'), '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ added: 4, errors: [], notes: expect.arrayContaining([expect.stringContaining('Skipped 1 hidden row and 1 hidden column')]) as unknown });
    const chosen = await cli(['import', campaign, 'signatories', join(corpus, 'instructions-first-chosen.ods'), '--sheet', 'Partners', '--json']);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ added: 1 });
    const listed = await cli(['signatories', campaign, '--json']);
    expect((JSON.parse(listed.stdout) as { signatories: { name: string }[] }).signatories.map((signatory) => signatory.name)).toContain('Partner Org');
  });

  it('splits "Name (Country)" itself unless --no-split, and takes --map overrides', async () => {
    const campaign = await newCampaign();
    const split = JSON.parse((await cli(['import', campaign, 'signatories', join(fixtures, 'signatories-name-country.csv'), '--json'])).stdout) as { split: number };
    expect(split.split).toBe(5);
    const other = await newCampaign();
    const unsplit = JSON.parse((await cli(['import', other, 'signatories', join(fixtures, 'signatories-name-country.csv'), '--no-split', '--json'])).stdout) as { split: number };
    expect(unsplit.split).toBe(0);
    const mapped = await cli(['import', other, 'signatories', join(fixtures, 'no-organization-column.csv'), '--map', 'Colour=name', '--map', 'Size=', '--json']);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ added: 2, errors: [] });
  });

  it('reads a chosen XLSX sheet with --sheet, and names the sheets when it is missing', async () => {
    const campaign = await newCampaign();
    const workbook = await writeSignatoryWorkbook(temporaryFolder());
    const chosen = await cli(['import', campaign, 'signatories', workbook, '--sheet', 'Otra hoja', '--json']);
    expect(JSON.parse(chosen.stdout)).toMatchObject({ added: 1, errors: [] });
    expect((await cli(['signatories', campaign])).stdout).toBe('Other Sheet Organization (Chile)\n');
    const missing = await cli(['import', campaign, 'signatories', workbook, '--sheet', 'Nope']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('"firmantes.xlsx" has no sheet named "Nope"');
  });

  it('exits 1 naming the file for an unreadable spreadsheet or a file that is not a campaign, 2 for usage', async () => {
    const campaign = await newCampaign();
    const notZip = await cli(['import', campaign, 'signatories', join(fixtures, 'not-a-zip.xlsx')]);
    expect(notZip).toMatchObject({ code: 1, stdout: '' });
    expect(notZip.stderr).toContain('"not-a-zip.xlsx" is not a valid XLSX workbook');
    const notCampaign = await cli(['import', join(fixtures, 'no-organization-column.csv'), 'signatories', join(fixtures, 'signatories-bom-crlf.csv')]);
    expect(notCampaign.code).toBe(1);
    expect(notCampaign.stderr).toContain('"no-organization-column.csv" is not an Undersigned campaign file');
    expect((await cli(['import', campaign, 'signatories'])).code).toBe(2);
    expect((await cli(['import', campaign, 'donors', 'x.csv'])).code).toBe(2);
    expect((await cli(['import', campaign, 'signatories', 'x.csv', '--map', 'nonsense'])).code).toBe(2);
  });
});

describe('undersigned signatories', () => {
  it('prints the list as the letter shows it, with --format and --status, and as JSON in letter order', async () => {
    const campaign = await newCampaign();
    await cli(['import', campaign, 'signatories', join(fixtures, 'signatories-name-country.csv')]);
    await cli(['import', campaign, 'signatories', join(fixtures, 'signatories-french-semicolon.csv')]);
    const plain = await cli(['signatories', campaign]);
    expect(plain.code).toBe(0);
    const lines = plain.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['Act for Peace (Australia)', 'Action des jeunes pour le Développement Communautaire et la Paix - ADECOP (Democratic Republic of the Congo)', 'Avocats Sans Frontières (Belgium)']);
    expect(lines).not.toContain('Réseau des Défenseurs (Senegal)');

    const formatted = await cli(['signatories', campaign, '--format', '{name}, {country}', '--status', 'pending']);
    expect(formatted.stdout).toBe('Ligue des droits de l’homme, Germany\n');

    const json = JSON.parse((await cli(['signatories', campaign, '--json', '--status', 'confirmed'])).stdout) as {
      count: number;
      signatories: { name: string; country: string | null; countryCode: string | null; status: string }[];
    };
    expect(json.count).toBe(json.signatories.length);
    expect(json.signatories[0]).toEqual({ name: 'Act for Peace', country: 'Australia', countryCode: 'AU', status: 'confirmed' });
    expect(json.signatories.find((signatory) => signatory.name.startsWith('Charter'))).toEqual({
      name: 'Charter of Human Responsibilities (South Asia)',
      country: null,
      countryCode: null,
      status: 'confirmed',
    });
    const withdrawn = JSON.parse((await cli(['signatories', campaign, '--json', '--status', 'withdrawn'])).stdout) as { signatories: { name: string }[] };
    expect(withdrawn.signatories.map((signatory) => signatory.name)).toEqual(['Réseau des Défenseurs']);
    expect((await cli(['signatories', campaign, '--status', 'maybe'])).code).toBe(2);
  });

  it('exits 1 through the real bin for a path that is not a campaign', () => {
    const result = spawnSync(process.execPath, [resolve('bin/undersigned.js'), 'signatories', join(fixtures, 'signatories-bom-crlf.csv'), '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('"signatories-bom-crlf.csv" is not an Undersigned campaign file');
  });
});

describe('declined signatories', () => {
  it('imports a "No" to the consent question as declined: listed with --status declined, never in the letter', async () => {
    const campaign = await newCampaign();
    const imported = await cli(['import', campaign, 'signatories', resolve('tests/fixtures/import-corpus/google-forms-consent.csv'), '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ added: 5, statuses: { confirmed: 2, pending: 1, withdrawn: 0, declined: 2 } });
    expect((await cli(['signatories', campaign, '--status', 'declined'])).stdout).toBe('Act for Peace (Australia)\nFIDH (France)\n');
    const everyone = await cli(['signatories', campaign, '--status', 'confirmed,pending,withdrawn', '--json']);
    expect((JSON.parse(everyone.stdout) as { signatories: { name: string }[] }).signatories.map((signatory) => signatory.name)).toEqual([
      'Church of Christ, Justice Ministries',
      'Human Rights Watch',
      'Kenya Human Rights Commission',
    ]);
    expect((await cli(['signatories', campaign, '--status', 'nope'])).stderr).toContain('choose confirmed, pending, withdrawn, declined');
  });
});
