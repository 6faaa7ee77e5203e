import type { LetterIR } from '../../../../shared/document/letter-ir';
import { UserError } from '../../../../shared/model/user-error';
import { buildLetterDocument, stylesKeyOf } from './build-letter-document';
import { packDocx } from './pack-docx';

/**
 * Several letters (one per recipient) in one .docx file: a section per letter, each starting a new page with
 * its own letterhead and "Page X of Y" numbering restarting at 1.
 */
export async function renderCombinedDocx(irs: readonly { label: string; ir: LetterIR }[]): Promise<Uint8Array> {
  if (irs.length === 0) throw new UserError('There is no letter to put in the combined DOCX file: choose at least one recipient.');
  const letters = irs.map(({ label, ir }, index) => ({ ir, label, endBookmark: `letter_${index + 1}_end` }));
  return packDocx(
    (fonts) => buildLetterDocument(letters, fonts),
    { stylesKey: stylesKeyOf(letters), families: irs.map(({ ir }) => ir.settings.fontFamily) },
    irs[0]!.ir.meta.locale,
  );
}
