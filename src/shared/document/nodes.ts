import { z } from 'zod';
import { isSafeHref } from './is-safe-href';

/**
 * The letter schema: every node and mark the editor, the merge, the preview and both exporters know.
 * A node added here is added everywhere; the exporters refuse a node they have no mapping for.
 */
export const NODE_NAMES = {
  doc: 'doc',
  paragraph: 'paragraph',
  heading: 'heading',
  text: 'text',
  hardBreak: 'hardBreak',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  blockquote: 'blockquote',
  pageBreak: 'pageBreak',
  mergeField: 'mergeField',
  signatoryList: 'signatoryList',
  signatureBlock: 'signatureBlock',
  dateLine: 'dateLine',
} as const;
export type NodeName = (typeof NODE_NAMES)[keyof typeof NODE_NAMES];

export const MARK_NAMES = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  link: 'link',
} as const;
export type MarkName = (typeof MARK_NAMES)[keyof typeof MARK_NAMES];

export const TEXT_ALIGNMENTS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlignment = (typeof TEXT_ALIGNMENTS)[number];

/** Every status a signatory can have; `declined` (answered "no") is kept with its provenance and never printed. */
export const SIGNATORY_STATUSES = ['confirmed', 'pending', 'withdrawn', 'declined'] as const;
export type SignatoryStatus = (typeof SIGNATORY_STATUSES)[number];

/** The statuses a letter's signatory list may show: never `declined`. */
export const LETTER_SIGNATORY_STATUSES = ['confirmed', 'pending', 'withdrawn'] as const satisfies readonly SignatoryStatus[];

/** How each entry of a signatory list is written. */
export const SIGNATORY_FORMATS = {
  'name-country-parentheses': { label: 'Name (Country)' },
  'name-comma-country': { label: 'Name, Country' },
  'name-only': { label: 'Name only' },
  'grouped-by-country': { label: 'Grouped by country' },
  'grouped-by-region': { label: 'Grouped by region, “Name (Country)”' },
} as const;
export type SignatoryFormat = keyof typeof SIGNATORY_FORMATS;

export const SIGNATORY_SORTS = {
  name: { label: 'By name' },
  'name-ignoring-the': { label: 'By name, ignoring a leading “The”' },
  country: { label: 'By country, then name' },
  'import-order': { label: 'In the order received' },
} as const;
export type SignatorySort = keyof typeof SIGNATORY_SORTS;

export const paragraphAttrsSchema = z.object({ textAlign: z.enum(TEXT_ALIGNMENTS).nullable().optional() });
export const headingAttrsSchema = paragraphAttrsSchema.extend({ level: z.union([z.literal(1), z.literal(2)]) });
export const orderedListAttrsSchema = z.object({ start: z.number().int().min(0).max(10000).optional(), type: z.string().nullable().optional() });
export const linkAttrsSchema = z
  .object({ href: z.string().max(2000).refine(isSafeHref, 'a link must be a web (http, https) or e-mail (mailto) address') })
  .passthrough();

export const mergeFieldAttrsSchema = z.object({
  /** The field path with its filters, exactly as in `{{ }}`: `recipient.title | upper`. */
  field: z.string().min(1).max(300),
});

export const signatoryListAttrsSchema = z.object({
  statuses: z.array(z.enum(LETTER_SIGNATORY_STATUSES)).min(1),
  format: z.enum(Object.keys(SIGNATORY_FORMATS) as [SignatoryFormat, ...SignatoryFormat[]]),
  sort: z.enum(Object.keys(SIGNATORY_SORTS) as [SignatorySort, ...SignatorySort[]]),
  columns: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  heading: z.string().max(200),
  showCount: z.boolean(),
});
export type SignatoryListAttrs = z.infer<typeof signatoryListAttrsSchema>;

export const DEFAULT_SIGNATORY_LIST_ATTRS: SignatoryListAttrs = {
  statuses: ['confirmed'],
  format: 'name-country-parentheses',
  sort: 'name',
  columns: 2,
  heading: 'Signatories',
  showCount: false,
};

export const signerSchema = z.object({
  name: z.string().max(200),
  title: z.string().max(300),
  organization: z.string().max(300),
});
export type Signer = z.infer<typeof signerSchema>;

export const signatureBlockAttrsSchema = z.object({ signers: z.array(signerSchema).min(1).max(4) });
export type SignatureBlockAttrs = z.infer<typeof signatureBlockAttrsSchema>;

export const dateLineAttrsSchema = z.object({
  place: z.string().max(200),
  /** ISO date (YYYY-MM-DD); null means the date of the export. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  textAlign: z.enum(TEXT_ALIGNMENTS).nullable().optional(),
});
export type DateLineAttrs = z.infer<typeof dateLineAttrsSchema>;

/** A new place and date line: no place yet, dated the day the letters are exported, right-aligned. */
export const DEFAULT_DATE_LINE_ATTRS: DateLineAttrs = { place: '', date: null, textAlign: 'right' };

/** A signer as a new signature block starts: everything typed in place. */
export const EMPTY_SIGNER: Signer = { name: '', title: '', organization: '' };
