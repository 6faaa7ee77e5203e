import { createContext, useContext } from 'react';
import type { Recipient } from '../../shared/model/recipient';
import type { Signatory } from '../../shared/model/signatory';
import type { LetterLanguage } from '../../shared/model/page-settings';

/** What the letter's node views show besides the document itself: the campaign's people and the letter's language. */
export interface LetterData {
  language: LetterLanguage;
  /** null while loading or when the campaign's signatories cannot be read. */
  signatories: Signatory[] | null;
  recipients: Recipient[] | null;
}

export const LetterDataContext = createContext<LetterData>({ language: 'en', signatories: null, recipients: null });

export function useLetterData(): LetterData {
  return useContext(LetterDataContext);
}
