import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { IMPORT_CORPUS, ODS_TWINS } from '../../../../fixtures/import-corpus/import-corpus-cases';
import { useTemporaryFolder } from '../../../temporary-folder';

const corpus = join(import.meta.dirname, '../../../../fixtures/import-corpus');
const temporaryFolder = useTemporaryFolder();
let campaigns = 0;

/** What importing a file gives: the signatories, the rows not imported, the sheet and notes, or the refusal. */
async function importOutcome(source: string) {
  campaigns += 1;
  const file = createCampaignFile(join(temporaryFolder(), `outcome-${campaigns}.undersigned`));
  try {
    const summary = await importSignatories(file.db, { source });
    const signatories = listSignatories(file.db).signatories.map((signatory) => [signatory.name, signatory.country, signatory.countryCode, signatory.status, signatory.contactName]);
    return { refused: null, format: summary.fileName.endsWith('.ods') ? 'ods' : 'xlsx', signatories, errors: summary.errors.map((error) => error.row), sheet: summary.sheetName, notes: summary.notes };
  } catch (error) {
    return { refused: (error as Error).message.replace(/\.(ods|xlsx)"/, '"'), format: source.endsWith('.ods') ? 'ods' : 'xlsx', signatories: [], errors: [], sheet: null, notes: [] };
  }
}

describe('the import corpus: each file imports as expected', () => {
  for (const corpusCase of IMPORT_CORPUS) {
    it(`${corpusCase.file}: ${corpusCase.description}`, async () => {
      const file = createCampaignFile(join(temporaryFolder(), 'campaign.undersigned'));
      try {
        const source = join(corpus, corpusCase.file);
        const expected = corpusCase.expected;
        if ('refused' in expected) {
          await expect(importSignatories(file.db, { source, sheet: corpusCase.sheet })).rejects.toThrow(expected.refused);
          expect(listSignatories(file.db).signatories).toEqual([]);
          return;
        }
        const summary = await importSignatories(file.db, { source, sheet: corpusCase.sheet });
        const imported = listSignatories(file.db).signatories.map((signatory) => [signatory.name, signatory.countryCode, signatory.status]);
        expect(imported).toEqual(expected.signatories);
        expect(summary.errors.map((error) => error.row)).toEqual(expected.rejectedRows ?? []);
        for (const problem of expected.problems ?? []) expect(summary.errors.map((error) => error.message)).toContain(problem);
        for (const words of expected.notes ?? []) expect(summary.notes.some((note) => note.includes(words)), `a note with "${words}" in ${JSON.stringify(summary.notes)}`).toBe(true);
        if (expected.sheet) expect(summary.sheetName).toBe(expected.sheet);
        if (expected.encoding) expect(summary.encoding).toBe(expected.encoding);
      } finally {
        file.close();
      }
    });
  }

  for (const twin of ODS_TWINS) {
    it(`${twin.file} (LibreOffice Calc's ODS of ${twin.twin}) imports as its twin does`, async () => {
      const [ods, xlsx] = await Promise.all([importOutcome(join(corpus, twin.file)), importOutcome(join(corpus, twin.twin))]);
      expect(ods.format).toBe('ods');
      if (twin.calculated) {
        expect({ ...ods, format: 'xlsx', notes: [], refused: ods.refused !== null }).toEqual({ ...xlsx, notes: [], refused: xlsx.refused !== null });
      } else {
        expect({ ...ods, format: 'xlsx' }).toEqual(xlsx);
      }
    });
  }

  it('the committed files are the ones the generator writes (CSV and text byte for byte)', async () => {
    for (const corpusCase of IMPORT_CORPUS.filter((entry) => /\.(csv|txt)$/.test(entry.file))) {
      expect(Buffer.from(readFileSync(join(corpus, corpusCase.file))).equals(Buffer.from(await corpusCase.write())), corpusCase.file).toBe(true);
    }
  });
});
