import { inflateRawSync } from 'node:zlib';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import type { LetterIR } from '../../../../../../src/shared/document/letter-ir';
import { buildLetterDocument, type DocumentLetter } from '../../../../../../src/main/services/export/docx/build-letter-document';
import { embeddedFonts, HYPHENATION_BY_STYLE } from '../../../../../../src/main/services/export/docx/pack-docx';
import { withHyphenationSuppressed } from '../../../../../../src/main/services/export/docx/with-hyphenation-suppressed';
import { readZipEntries } from '../../../../../../src/main/services/zip';
import { renderCombinedDocx } from '../../../../../../src/main/services/export/docx/render-combined-docx';
import { renderLetterDocx } from '../../../../../../src/main/services/export/docx/render-letter-docx';
import { zipEntryText } from '../../zip/zip-entry-text';
import { SAMPLE_LETTERS } from '../../../../../fixtures/docx/sample-letters';
import { builtInTemplateLetters } from '../../../../../fixtures/docx/template-letters';

/** What differs between two builds of one letter by design: random ids and keys, counters, the time of writing. */
function normalized(xml: string): string {
  return xml
    .replace(/w:fontKey="\{[0-9A-F-]+\}"/g, 'w:fontKey="KEY"')
    .replace(/rId[A-Za-z0-9_-]{12,}/g, 'rIdRANDOM')
    .replace(/w:id="\d+"/g, 'w:id="N"')
    .replace(/ id="\d+"/g, ' id="N"')
    .replace(/<dcterms:(created|modified)([^>]*)>[^<]*</g, '<dcterms:$1$2>TIME<')
    .replace(/<dc:language>[^<]*<\/dc:language>/, '');
}

async function expectSameParts(ours: Uint8Array, letters: DocumentLetter[], families: LetterIR['settings']['fontFamily'][]): Promise<void> {
  const reference = readZipEntries(await Packer.pack(buildLetterDocument(letters, embeddedFonts(families)), 'uint8array'));
  const own = readZipEntries(ours);
  expect(own.map((entry) => entry.name).sort()).toEqual(reference.map((entry) => entry.name).sort());
  for (const expected of reference) {
    const actual = own.find((entry) => entry.name === expected.name)!;
    if (/\.(xml|rels)$/.test(expected.name)) {
      // styles.xml is Packer's with the hyphenation settings docx cannot write added to it.
      const reference = expected.name === 'word/styles.xml' ? withHyphenationSuppressed(zipEntryText(expected), HYPHENATION_BY_STYLE) : zipEntryText(expected);
      expect(normalized(zipEntryText(actual)), expected.name).toBe(normalized(reference));
    } else {
      const bytes = (entry: typeof expected): Buffer => (entry.method === 8 ? inflateRawSync(entry.data) : Buffer.from(entry.data));
      // An embedded font's first 32 bytes are obfuscated with its random key: the rest is the font itself.
      const skip = expected.name.endsWith('.odttf') ? 32 : 0;
      expect(actual.size, expected.name).toBe(expected.size);
      expect(bytes(actual).subarray(skip).equals(bytes(expected).subarray(skip)), expected.name).toBe(true);
    }
  }
}

/** The letter's own parts are compiled without docx's Packer (for speed): they must be what Packer writes. */
describe('compileLetterParts', () => {
  it.each([...Object.entries(SAMPLE_LETTERS), ...builtInTemplateLetters().map(({ name, ir }): [string, LetterIR] => [name, ir])])(
    '%s: every part is the one docx Packer writes',
    async (_name, ir) => {
      await expectSameParts(await renderLetterDocx(ir), [{ ir, endBookmark: null }], [ir.settings.fontFamily]);
    },
  );

  it('combined file: every part is the one docx Packer writes', async () => {
    const entries = Object.entries(SAMPLE_LETTERS);
    const letters = entries.map(([label, ir], index) => ({ ir, label, endBookmark: `letter_${index + 1}_end` }));
    await expectSameParts(
      await renderCombinedDocx(entries.map(([label, ir]) => ({ label, ir }))),
      letters,
      entries.map(([, ir]) => ir.settings.fontFamily),
    );
  });
});
