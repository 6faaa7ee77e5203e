import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeliveries } from '../../../src/main/services/deliveries/list-deliveries';
import { setRecipientsIncluded } from '../../../src/main/services/recipients/recipient-store';
import { addSignatory } from '../../../src/main/services/signatories/add-signatory';
import { setSignatoryStatus } from '../../../src/main/services/signatories/set-signatory-status';
import { cli, createCliCampaign, withCampaign } from './cli-campaign';

let folder: string;
let campaignPath: string;
let remove: () => void;

const pdfText = (path: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

beforeAll(async () => {
  process.env.UNDERSIGNED_EXPORT_WORKERS = '1';
  ({ folder, campaignPath, remove } = await createCliCampaign('undersigned-cli-addendum-'));
});
afterAll(() => {
  delete process.env.UNDERSIGNED_EXPORT_WORKERS;
  remove();
});

describe('undersigned addendum', () => {
  it('refuses before anything was sent, then writes per recipient only what joined (and withdrew) since their letter', async () => {
    const early = await cli('addendum', campaignPath, '--out', join(folder, 'early'), '--format', 'pdf', '--json');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('Nothing has been sent from this campaign yet');

    // The letter goes to four of the five recipients: the League of Arab States is left out.
    const arabLeague = withCampaign(campaignPath, (db) => (db.prepare("SELECT id FROM recipients WHERE organization = 'League of Arab States'").get() as { id: number }).id);
    withCampaign(campaignPath, (db) => setRecipientsIncluded(db, [arabLeague], false));
    const letters = await cli('export', campaignPath, '--format', 'pdf', '--out', join(folder, 'letters'), '--force', '--json');
    expect(letters.code).toBe(0);
    const recorded = withCampaign(campaignPath, (db) => listDeliveries(db));
    expect(recorded.map((delivery) => delivery.recipientLabel)).toEqual([
      'Moussa Faki Mahamat, African Union',
      'Kao Kim Hourn, Association of Southeast Asian Nations',
      'Omar Alieu Touray, Economic Community of West African States',
      'Organization of American States',
    ]);
    expect(recorded[0]!.signatories.map((signatory) => signatory.name)).toContain('Human Rights Watch');
    expect(recorded[0]!.signatories.map((signatory) => signatory.name)).not.toContain('The Arab Center for the Independence of the Judiciary');
    expect(recorded[0]!.files).toEqual([expect.stringMatching(/^African Union - .*\.pdf$/)]);

    const nothing = await cli('addendum', campaignPath, '--out', join(folder, 'nothing'), '--format', 'pdf', '--json');
    expect(nothing.code).toBe(0);
    expect(JSON.parse(nothing.stdout)).toEqual({ files: [], recipients: 0, added: [], withdrawn: [] });
    expect(nothing.stderr).toContain('No recipient has anything new since their letter');

    // Two organizations join, one withdraws, the pending one is confirmed; the League is included again.
    withCampaign(campaignPath, (db) => {
      addSignatory(db, { name: 'Zimbabwe Lawyers for Human Rights', country: 'Zimbabwe' });
      addSignatory(db, { name: 'Asociación Pro Derechos Humanos', country: 'Peru' });
      const ids = (name: string): number[] => (db.prepare('SELECT id FROM signatories WHERE name = ?').all(name) as { id: number }[]).map((row) => row.id);
      setSignatoryStatus(db, ids('International Commission of Jurists – Norway'), 'withdrawn');
      setSignatoryStatus(db, ids('The Arab Center for the Independence of the Judiciary'), 'confirmed');
      setRecipientsIncluded(db, [arabLeague], true);
    });

    const out = join(folder, 'addenda');
    const addenda = await cli('addendum', campaignPath, '--out', out, '--format', 'both', '--include-withdrawn', '--json');
    // The League was left out of the letters: the command says it needs the full letter.
    expect(addenda.stderr).toBe('1 recipient(s) never received the letter and get the full letter, not an addendum: Ahmed Aboul Gheit, League of Arab States.\n');
    expect(addenda.code).toBe(0);
    const result = JSON.parse(addenda.stdout) as { files: string[]; recipients: number; added: string[]; withdrawn: string[] };
    expect(result.recipients).toBe(4);
    expect(result.added).toEqual(['Asociación Pro Derechos Humanos', 'The Arab Center for the Independence of the Judiciary', 'Zimbabwe Lawyers for Human Rights']);
    expect(result.withdrawn).toEqual(['International Commission of Jurists – Norway']);
    expect(result.files.map((file) => basename(file))).toHaveLength(8);
    expect(result.files.every((file) => /- addendum\.(pdf|docx)$/.test(file))).toBe(true);
    // The League never received the letter: it gets no addendum.
    expect(result.files.some((file) => basename(file).startsWith('League of Arab States'))).toBe(false);

    const au = pdfText(result.files.find((file) => basename(file).startsWith('African Union') && file.endsWith('.pdf'))!);
    expect(au).toContain('Your Excellency,');
    expect(au).toMatch(/Since our letter of \d{1,2} \w+ \d{4}, the following organisations have joined it:/);
    // The letter's own format and order: "Name (Country)", sorted by name ignoring nothing.
    expect(au).toContain('Asociación Pro Derechos Humanos (Peru) The Arab Center for the Independence of the Judiciary (Egypt) Zimbabwe Lawyers for Human Rights (Zimbabwe)');
    expect(au).toContain('The following organisations have asked to withdraw their signature: International Commission of Jurists – Norway');
    expect(au).not.toContain('Human Rights Watch');

    const docx = result.files.find((file) => basename(file).startsWith('Organization of American States') && file.endsWith('.docx'))!;
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Dear Secretary General,');
    expect(text).toContain('Zimbabwe Lawyers for Human Rights (Zimbabwe)');

    // What the addenda told is now what each recipient has: a second run has nothing new.
    const again = await cli('addendum', campaignPath, '--out', join(folder, 'again'), '--format', 'pdf', '--json');
    expect(JSON.parse(again.stdout).files).toEqual([]);
    expect(readdirSync(out)).toHaveLength(8);
  });
});
