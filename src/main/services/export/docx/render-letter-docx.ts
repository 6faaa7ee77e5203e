import type { LetterIR } from '../../../../shared/document/letter-ir';
import { buildLetterDocument, stylesKeyOf } from './build-letter-document';
import { packDocx } from './pack-docx';

/** One letter as the bytes of a .docx file: Word styles, real lists and fields, the letter's fonts embedded. */
export async function renderLetterDocx(ir: LetterIR): Promise<Uint8Array> {
  const letters = [{ ir, endBookmark: null }];
  return packDocx(
    (fonts) => buildLetterDocument(letters, fonts),
    { stylesKey: stylesKeyOf(letters), families: [ir.settings.fontFamily] },
    ir.meta.locale,
  );
}
