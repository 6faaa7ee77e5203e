import type { PDFDocument, PDFImage } from '@cantoo/pdf-lib';
import type { LetterLogo } from '../../../../shared/document/letter-ir';
import { UserError } from '../../../../shared/model/user-error';

/** Embeds the letterhead's logo, or throws a UserError naming the logo when its bytes are not the image they claim to be. */
export async function embedLetterLogo(document: PDFDocument, logo: LetterLogo): Promise<PDFImage> {
  try {
    return logo.mime === 'image/png' ? await document.embedPng(logo.bytes) : await document.embedJpg(logo.bytes);
  } catch (error) {
    const kind = logo.mime === 'image/png' ? 'PNG' : 'JPEG';
    throw new UserError(
      `The letterhead logo could not be read as a ${kind} image (${(error as Error).message}). Choose the logo again in the letterhead settings.`,
    );
  }
}
