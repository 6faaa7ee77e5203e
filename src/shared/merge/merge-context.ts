import type { LetterLogo } from '../document/letter-ir';
import type { Recipient } from '../model/recipient';
import type { ListedSignatory } from '../signatories/format-signatory-list';

/** What a letter is merged with for one recipient. */
export type MergeRecipient = Pick<
  Recipient,
  'honorific' | 'name' | 'title' | 'organization' | 'country' | 'countryCode' | 'salutation' | 'addressLines' | 'email' | 'extra'
> &
  /** en, fr or es (or a name such as "Français"): the letter for this recipient is dated, greeted and hyphenated in it. */
  Partial<Pick<Recipient, 'language'>>;

export interface MergeContext {
  /** Null when resolving the letter without a recipient (e.g. a preview before any is chosen). */
  recipient: MergeRecipient | null;
  /** Every signatory of the campaign; each signatory list picks the statuses it shows. A country code is written in the letter’s language by the list. */
  signatories: readonly ListedSignatory[];
  /** ISO date (YYYY-MM-DD) of the export, used where the letter's date is "the date of the export". */
  date: string;
  /** Overrides the place of the letter's date line for `{{place}}`. */
  place?: string;
  logo?: LetterLogo | null;
  author?: string;
  /** ISO timestamp written into the files' metadata. */
  createdAt?: string;
  /** "Export anyway": unresolved fields become visibly marked labels instead of stopping the export. */
  force?: boolean;
}
