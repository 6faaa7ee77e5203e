import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { IMPORT_CORPUS } from '../../../../fixtures/import-corpus/import-corpus-cases';
import { useTemporaryFolder } from '../../../temporary-folder';

const corpus = join(import.meta.dirname, '../../../../fixtures/import-corpus');
const temporaryFolder = useTemporaryFolder();

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
        for (const words of expected.notes ?? []) expect(summary.notes.some((note) => note.includes(words)), `a note with "${words}" in ${JSON.stringify(summary.notes)}`).toBe(true);
        if (expected.sheet) expect(summary.sheetName).toBe(expected.sheet);
        if (expected.encoding) expect(summary.encoding).toBe(expected.encoding);
      } finally {
        file.close();
      }
    });
  }

  it('the committed files are the ones the generator writes (CSV and text byte for byte)', async () => {
    for (const corpusCase of IMPORT_CORPUS.filter((entry) => /\.(csv|txt)$/.test(entry.file))) {
      expect(Buffer.from(readFileSync(join(corpus, corpusCase.file))).equals(Buffer.from(await corpusCase.write())), corpusCase.file).toBe(true);
    }
  });
});
