import { z } from 'zod';

export const PAPER_SIZES = {
  a4: { label: 'A4', widthMm: 210, heightMm: 297 },
  letter: { label: 'US Letter', widthMm: 215.9, heightMm: 279.4 },
} as const;
export type PaperSize = keyof typeof PAPER_SIZES;

/** Font families bundled with the app (resources/fonts); exporters embed them. */
export const FONT_FAMILIES = {
  serif: { label: 'Source Serif 4', cssStack: "'Source Serif 4', 'Source Serif Pro', Georgia, serif" },
  sans: { label: 'Source Sans 3', cssStack: "'Source Sans 3', 'Source Sans Pro', Arial, sans-serif" },
} as const;
export type FontFamily = keyof typeof FONT_FAMILIES;

export const LETTER_LANGUAGES = {
  en: { label: 'English', locale: 'en-GB' },
  fr: { label: 'Français', locale: 'fr-FR' },
  es: { label: 'Español', locale: 'es-ES' },
} as const;
export type LetterLanguage = keyof typeof LETTER_LANGUAGES;

export const marginsSchema = z.object({
  top: z.number().min(5).max(80),
  right: z.number().min(5).max(80),
  bottom: z.number().min(5).max(80),
  left: z.number().min(5).max(80),
});

export const letterheadSchema = z.object({
  enabled: z.boolean(),
  organization: z.string().max(300),
  addressLines: z.array(z.string().max(300)).max(8),
  logoAssetId: z.number().int().positive().nullable(),
  placement: z.enum(['first-page', 'every-page']),
});

export const footerSchema = z.object({
  addressLine: z.string().max(500),
  pageNumbers: z.boolean(),
});

/** Page settings of a letter, in millimetres and points; editor, preview and exporters read the same values. */
export const pageSettingsSchema = z.object({
  paperSize: z.enum(['a4', 'letter']),
  marginsMm: marginsSchema,
  fontFamily: z.enum(['serif', 'sans']),
  fontSizePt: z.number().min(8).max(16),
  lineSpacing: z.number().min(1).max(2.5),
  language: z.enum(['en', 'fr', 'es']),
  /** The coalition that sends the letter: the files' Author, and `{{coalition}}` where a template signs off. Empty in files from before it. */
  coalition: z.string().max(300).default(''),
  /** The ISO alpha-2 code of the country the letters are sent from ('' when not said): an address in it has no country line. */
  ownCountry: z
    .string()
    .regex(/^([A-Z]{2})?$/, 'a country is its two-letter ISO code')
    .default(''),
  letterhead: letterheadSchema,
  footer: footerSchema,
});
export type PageSettings = z.infer<typeof pageSettingsSchema>;

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  paperSize: 'a4',
  marginsMm: { top: 25, right: 25, bottom: 25, left: 25 },
  fontFamily: 'serif',
  fontSizePt: 11,
  lineSpacing: 1.25,
  language: 'en',
  coalition: '',
  ownCountry: '',
  letterhead: { enabled: false, organization: '', addressLines: [], logoAssetId: null, placement: 'first-page' },
  footer: { addressLine: '', pageNumbers: true },
};
