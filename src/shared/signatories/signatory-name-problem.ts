import { foldText } from '../text/fold-text';

/** The longest text a signatory's name may be; longer cells are instructions or notes. */
export const MAX_SIGNATORY_NAME_LENGTH = 200;

// Folded with every punctuation mark, apostrophes too, as a space: "N/A" and "N'A" are both "n a".
const NOT_NAMES = new Set([
  'true', 'false', 'vrai', 'faux', 'verdadero', 'falso', 'wahr', 'falsch', 'verdadeiro', 'vero',
  'yes', 'no', 'oui', 'non', 'si', 'ja', 'nein', 'sim', 'nao',
  'n a', 'na', 'null', 'nil', 'none', 'undefined', 'nan', 'void', 'empty', 'blank', 'tbd', 'tbc', 'xxx', 'x', 'test', 'lorem ipsum',
]);

const SPREADSHEET_ERROR = /^#(?:N\/A|NAME\?|DIV\/0!|REF!|VALUE!|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|N\/A\s.*)$/i;
// A bare domain stays a name: "350.org" is an organization.
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|file:|data:|javascript:)\S*$|^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}[/?#]\S*$/i;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}|\{%[^%]*%\}|<%[^%]*%>|\$\w+\$|«[^»]*»|\[\[[^\]]*\]\]/;
const MARKUP = /<\/?[a-z][\w:.-]*(?:\s[^<>]*)?\/?>|<!--|&(?:lt|gt|amp|nbsp|quot);/i;
const NUMBER_OR_DATE = /^[-+−]?[\d\s.,'’]*\d[\d\s.,'’]*(?:e[-+]?\d+)?\s*%?$|^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$|^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?$/i;

/** Sentences in a text: a full stop, "!" or "?" after a lowercase word, followed by a space or the end. */
function sentenceEnds(text: string): number {
  return [...text.matchAll(/\p{Ll}{3,}[.!?](?=\s|$)/gu)].length;
}

/**
 * Why a cell cannot be an organization's name, or null when it can: empty; over 200 characters;
 * no letter (numbers, punctuation, ✓); a number, date or yes/no value; a spreadsheet error value;
 * a web or e-mail address; a template placeholder (`${employee.name}`, `{{name}}`) or markup; a
 * question or several sentences (instructions, not a name).
 */
export function signatoryNameProblem(name: string): string | null {
  const text = name.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
  if (text === '') return 'no organization name';
  if (text.length > MAX_SIGNATORY_NAME_LENGTH) return `the name has ${text.length} characters, over ${MAX_SIGNATORY_NAME_LENGTH}: a note or instructions, not a name`;
  if (SPREADSHEET_ERROR.test(text)) return `"${text}" is a spreadsheet error value, not a name`;
  if (PLACEHOLDER.test(text)) return `"${text}" is a template placeholder, not a name`;
  if (MARKUP.test(text)) return `"${text}" is markup, not a name`;
  if (EMAIL.test(text)) return `"${text}" is an e-mail address, not a name`;
  if (URL.test(text) && !text.includes(' ')) return `"${text}" is a web or file address, not a name`;
  if (NUMBER_OR_DATE.test(text)) return `"${text}" is a number or date, not a name`;
  if (!/\p{L}/u.test(text)) return `"${text}" has no letters, not a name`;
  if (NOT_NAMES.has(foldText(text, { apostrophe: 'space' }))) return `"${text}" is a yes/no or empty value, not a name`;
  if (/\?\s*$/.test(text)) return `"${text}" is a question, not a name`;
  const words = text.split(' ').length;
  if (sentenceEnds(text) >= 2 || (sentenceEnds(text) === 1 && /[.!]$/.test(text) && words >= 6)) return `"${text}" reads as sentences (instructions or a note), not a name`;
  if (words > 30) return `"${text}" has ${words} words, more than a name`;
  return null;
}
