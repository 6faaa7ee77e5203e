import type { PageSettings } from '../model/page-settings';
import type { Signer, TextAlignment } from './nodes';

/**
 * LetterIR: one letter for one recipient with every field resolved, ready to render.
 * Both exporters (DOCX, PDF) walk these blocks with one mapping per kind.
 */
export interface LetterIR {
  settings: PageSettings;
  meta: LetterMeta;
  /** Letterhead image bytes, when the letterhead has a logo. */
  logo: LetterLogo | null;
  blocks: IRBlock[];
}

export interface LetterMeta {
  /** "<letter title> — <recipient>" for one recipient's letter. */
  title: string;
  /** The letter's title without the recipient, for a file that holds the letters of several recipients. */
  letterTitle?: string;
  author: string;
  /** A summary line: the letter's first heading (its subject line), or its title. */
  subject: string;
  /** The recipient and the letter's title, as the file's keywords. */
  keywords?: string[];
  /** BCP 47 tag of the letter's language, e.g. "fr-FR". */
  locale: string;
  createdAt: string;
}

export interface LetterLogo {
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  widthPx: number;
  heightPx: number;
}

export interface IRRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  href?: string;
  /** Set when the run is a value merged in for the recipient (a name, a country): printed as it is, never hyphenated. */
  merged?: boolean;
  /** Set when the run stands for a field left unresolved by an "export anyway": render it visibly marked. */
  unresolvedField?: string;
}

export type IRBlock =
  | IRParagraph
  | IRHeading
  | IRList
  | IRQuote
  | IRPageBreak
  | IRSignatoryList
  | IRSignatureBlock;

export interface IRParagraph {
  kind: 'paragraph';
  align: TextAlignment;
  /** A line break inside a paragraph is a run whose text is "\n". */
  runs: IRRun[];
}

export interface IRHeading {
  kind: 'heading';
  level: 1 | 2;
  align: TextAlignment;
  runs: IRRun[];
}

export interface IRList {
  kind: 'list';
  ordered: boolean;
  /** First number of an ordered list; a list that restarts numbering starts at 1 again. */
  start: number;
  items: IRListItem[];
}

export interface IRListItem {
  blocks: IRBlock[];
}

export interface IRQuote {
  kind: 'quote';
  blocks: IRBlock[];
}

export interface IRPageBreak {
  kind: 'pageBreak';
}

export interface IRSignatoryList {
  kind: 'signatoryList';
  heading: string;
  /** e.g. "118 organizations", or empty when the list shows no count. */
  countLine: string;
  columns: 1 | 2 | 3;
  /** Entries in letter order; grouped lists have a group heading per country. */
  groups: IRSignatoryGroup[];
}

export interface IRSignatoryGroup {
  /** Empty for an ungrouped list. */
  title: string;
  entries: string[];
}

export interface IRSignatureBlock {
  kind: 'signatureBlock';
  signers: Signer[];
}

export type IRBlockKind = IRBlock['kind'];
