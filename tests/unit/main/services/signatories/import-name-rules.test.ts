import fc from 'fast-check';
import Papa from 'papaparse';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCampaignFile } from '../../../../../src/main/services/campaign/campaign-file';
import { importSignatories } from '../../../../../src/main/services/signatories/import-signatories';
import { listSignatories } from '../../../../../src/main/services/signatories/list-signatories';
import { UserError } from '../../../../../src/shared/model/user-error';
import { signatoryNameProblem } from '../../../../../src/shared/signatories/signatory-name-problem';
import { useTemporaryFolder } from '../../../temporary-folder';

const temporaryFolder = useTemporaryFolder();

const junk = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('TRUE', 'FALSE', '#N/A', '#NAME?', '#DIV/0!', '✓', '✗', 'N/A', '', ' ', 'Yes', 'No'),
  fc.webUrl(),
  fc.emailAddress(),
  fc.string().map((text) => `\${${text}}`),
  fc.string().map((text) => `<jx:forEach items="${text}">`),
  fc.lorem({ mode: 'sentences', maxCount: 4 }),
  fc.string({ minLength: 190, maxLength: 260 }),
);
const plausible = fc.oneof(fc.lorem({ mode: 'words', maxCount: 6 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('Human Rights Watch', 'Church of Christ, Justice Ministries', 'FIDH'));
const cell = fc.oneof(junk, plausible);
const header = fc.constantFrom('Organisation', 'Name', 'Country', 'Status', 'Email', 'Notes', 'Do you agree to sign?', 'Column', '');

describe('name rules on random sheets', () => {
  it('never imports a name that fails the name rules, whatever the sheet holds', async () => {
    const file = createCampaignFile(join(temporaryFolder(), 'campaign.undersigned'));
    let sheetsImported = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.integer({ min: 1, max: 4 }).chain((width) => fc.tuple(fc.array(header, { minLength: width, maxLength: width }), fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 25 }))),
          async (withHeader, [headers, rows]) => {
            const csv = Papa.unparse(withHeader ? [headers, ...rows] : rows);
            file.db.exec('DELETE FROM signatory_provenance; DELETE FROM signatories; DELETE FROM signatory_sources;');
            try {
              await importSignatories(file.db, { source: { fileName: 'random.csv', bytes: new TextEncoder().encode(csv) } });
            } catch (error) {
              if (error instanceof UserError) return;
              throw error;
            }
            const { signatories } = listSignatories(file.db);
            if (signatories.length > 0) sheetsImported += 1;
            for (const signatory of signatories) expect(signatoryNameProblem(signatory.name), signatory.name).toBeNull();
          },
        ),
        { numRuns: 150 },
      );
      // The property means something only if many random sheets were imported rather than refused.
      expect(sheetsImported).toBeGreaterThan(15);
    } finally {
      file.close();
    }
  });
});
